// find_organisations: bodies from the dictionary, "Full Name (ACRONYM)" pairs,
// and capitalised names with an organisation head word or company suffix.
//   "NATO did what it promised" -> NATO (dictionary)
//   "EU officials met in Brussels" / "Brussels said" -> a place / European Union (a body's seat)
//   "the Centre for Trade Policy (CTP) said" -> Centre for Trade Policy, alias CTP
//   "the Rapid Support Forces (RSF)" -> RSF is this body here, not the dictionary's Reporters Without Borders
//   "the National Farmers' Federation", "the Federal Court of Appeal" -> the whole capitalised name
//   "the Canadian Association of Energy Producers" -> one body (the demonym is part of its name)
//   "Acme Widgets Corp." -> Acme Widgets Corp (company suffix)
//   "the Russian Defence Ministry said" -> Russia (a ministry of a country is its government)
//   "the Digital Services Act" -> nothing (a law)
//   "Oxfam India urged ..." -> Oxfam India (a body's national chapter, not India)
//   "Smoke-Free Generation Indonesia said ..." -> one body (name words before a country's name)
import type { Rule } from "../rule.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { dictAt, dictEndingAt, dictSpans } from "../text/names.ts";
import { asPlace, ensureKnown } from "../text/known.ts";
import { acronymAfter, capitalRun, initialsFit, nameStart, lastOrgWord, orgKey, orgShapeAt, withoutFinalDot } from "../text/orgs.ts";
import { tokenAt } from "../text/at.ts";
import { firstCapitalFrom } from "../text/capitals.ts";
import { titleAt } from "../text/titles.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "find_organisations";
const GOVERNMENT_HEADS = new Set(["Ministry", "Department", "Government", "Cabinet", "Embassy", "Office", "Army", "Navy", "Police"]);
const GROUP_TAILS = new Set(["group", "bloc", "coalition", "alliance", "caucus"]);
const IN_PARENS = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

const find_organisations: Rule = (state) => {
  const { sentences } = state;
  // Names, acronyms and the words before brackets are capitalised: each sentence is read at its capitals (s.caps).
  // Where a sentence has no bracket, no acronym in brackets follows a name.
  const brackets = bracketsOf(state);
  const inParens = acronymsInParens(state, brackets);
  const acronyms = new Map<string, string>();
  // The body each seat names in this article ("Brussels": the Commission or the EU).
  const seats = new Map<string, string>();
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.skip) continue;
    fromDictionary(state, s, inParens, acronyms, seats);
    // In a Title Case line every word is capitalised: capitals say nothing there.
    if (s.flags & WordFlag.NAME_WORD && !s.titleCase) namesEndingInCountry(state, s);
    if (!s.titleCase) findShapes(state, s, brackets[k]!, acronyms);
  }
  // "the Waterside Workers' Alliance ... the WWA": an acronym the article never defines but that spells a name it gave.
  // A short name defined in brackets ("(Conagua)") is looked for even where no word is in capitals.
  // Nothing defined and nothing in brackets: only what the article's bodies spell can be found, and without those
  // nothing is (asked first: the article's bodies are fewer than its capitals).
  const spelled: Spelled = { byAcronym: undefined };
  if (acronyms.size === 0 && ((inParens.size === 0 && spelledBy(state, spelled).size === 0) || !unplacedCapitals(state))) return;
  for (const s of sentences) if (!s.skip) findAcronyms(state, s, acronyms, spelled, inParens);
};

/**
 * The acronyms the article's own bodies spell (spelledAcronyms), worked out when a word in capitals first asks:
 * reading acronyms adds no body of the article's own, so the answer is the same whenever it is asked.
 */
interface Spelled {
  byAcronym: Map<string, string> | undefined;
}

/** The body an acronym the article never defined spells ("WWA"), if one does. */
function spelledBody(state: SummarizeState, spelled: Spelled, text: string): string | undefined {
  // Initials are capitals only: a word with anything else in it spells none.
  if (!inCapitals(text)) return undefined;
  return spelledBy(state, spelled).get(text);
}

/** The acronyms the article's own bodies spell, worked out on first use. */
function spelledBy(state: SummarizeState, spelled: Spelled): Map<string, string> {
  return (spelled.byAcronym ??= spelledAcronyms(state));
}

/** A word in capitals ("WWA") no rule has placed: the cheap test before looking for what acronyms spell. */
function unplacedCapitals(state: SummarizeState): boolean {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const i of s.caps) {
      const text = s.tokens[i]!.text;
      const c = text.charCodeAt(1);
      if (c >= 65 && c <= 90 && text.length >= 2) return true;
    }
  }
  return false;
}

/** Initials of the article's own bodies ("WWA" for "Waterside Workers' Alliance"), when only one body has them. */
function spelledAcronyms(state: SummarizeState): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const e of state.entities.values()) {
    if (e.kind !== "organisation" || e.fromDictionary) continue;
    const acr = initialsOf(e.name);
    if (acr.length < 2) continue;
    out.set(acr, out.has(acr) && out.get(acr) !== e.key ? null : e.key);
  }
  const spelled = new Map<string, string>();
  for (const [acr, key] of out) if (key !== null) spelled.set(acr, key);
  return spelled;
}

/** The capital letters opening the words of a name: "WWA" of "Waterside Workers' Alliance". */
function initialsOf(name: string): string {
  let acr = "";
  for (let k = 0; k < name.length; k++) {
    if (k > 0 && name.charCodeAt(k - 1) !== 32) continue;
    if (name.charCodeAt(k) === 32) continue;
    if (capitalAt(name, k)) acr += name[k];
  }
  return acr;
}

/** A letter that lowercases to another at text[k] (one code unit); plain ASCII by its code. */
function capitalAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : text[k] !== text[k]!.toLowerCase();
}

/** Is every character of `text` a capital, as initialsOf reads one? */
function inCapitals(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!capitalAt(text, k)) return false;
  return true;
}

/**
 * Which sentences (not skipped) hold a "(". A sentence's text is its stretch [start, end) of the body (the title's,
 * the whole title), so the body's brackets are found once and each sentence asks whether one falls in its stretch.
 */
function bracketsOf(state: SummarizeState): boolean[] {
  const { sentences } = state;
  const body = state.article.body;
  const out: boolean[] = new Array(sentences.length);
  let paren = body.indexOf("(");
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.index === -1) out[k] = !s.skip && s.text.includes("(");
    else {
      // The body's sentences come in order: the next "(" at or after this one's start serves the ones after it too.
      while (paren >= 0 && paren < s.start) paren = body.indexOf("(", paren + 1);
      out[k] = !s.skip && paren >= 0 && paren < s.end;
    }
  }
  return out;
}

/** Every "(ABC)" of the article: the dictionary's reading of ABC waits until the article has said what it stands for. */
function acronymsInParens(state: SummarizeState, brackets: boolean[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < state.sentences.length; k++) {
    if (!brackets[k]) continue;
    const { tokens: toks, caps } = state.sentences[k]!;
    // The bracket follows a capitalised word.
    for (const c of caps) {
      const i = c + 1;
      if (i + 2 < toks.length && toks[i]!.text === "(" && toks[i + 2]!.text === ")" && IN_PARENS.test(toks[i + 1]!.text)) out.add(toks[i + 1]!.text);
    }
  }
  return out;
}

function fromDictionary(state: SummarizeState, s: Sentence, inParens: Set<string>, acronyms: Map<string, string>, seats: Map<string, string>): void {
  for (const d of dictSpans(state, s)) {
    const info = d.info;
    if (info?.kind !== "organisation" || state.claimed(s, d.t0, d.t1)) continue;
    if (d.t1 - d.t0 === 1 && inParens.has(s.tokens[d.t0]!.text)) continue;
    const metonym = d.hit.role === "seat";
    // "Brussels" is the European Commission in a story that names it, the EU elsewhere.
    const key = metonym ? seatHolder(state, d.hit.key, seats) : d.hit.key;
    if (key === d.hit.key) ensureKnown(state, d.hit.key, d.info);
    else ensureKnown(state, key);
    const place = metonym && asPlace(s, d.t0, d.t1, true);
    if (!metonym && chapter(state, s, d.t0, d.t1)) continue;
    // "NATO officials", "EU diplomats": the body speaking through its people.
    const g = place ? null : state.lex.words.governmentNouns.match(s.tokens, d.t1);
    state.addMention(s, { t0: d.t0, t1: g ? g.end : d.t1, key, role: place ? "place" : "actor", rule: RULE, plural: !!g });
    if (!place) define(state, s, d.t1, key, acronyms);
    if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, d.t0, d.t1)}" -> ${state.entity(key)?.name ?? info.name} (${metonym ? "seat" : "dictionary"}${place ? ", a place" : ""})`);
  }
}

/**
 * "Oxfam India urged", "Greenpeace Indonesia said": a body's national chapter, named by the body
 * and the country's name right after it, where the name ends. One organisation under the whole
 * name, in place of the country's mention; false when the words go on otherwise.
 */
function chapter(state: SummarizeState, s: Sentence, t0: number, t1: number): boolean {
  const country = state.mentionStartingAt(s, t1);
  if (!country || !endsWithCountryName(state, s, country)) return false;
  bodyEndingInCountry(state, s, t0, country, "a body and its country: a national chapter");
  return true;
}

/**
 * "Smoke-Free Generation Indonesia called on ...", "Garuda Air Indonesia said": two or more
 * capitalised name words right before a country's name, where the name ends, are one body whose
 * name ends with its country's, not the country speaking. One word before it is too little to
 * tell ("Neighbouring Malaysia", "Northern Ireland"), and after a preposition the words may name a
 * place ("officials from Harrow Keel Ghana").
 */
function namesEndingInCountry(state: SummarizeState, s: Sentence): void {
  const toks = s.tokens;
  for (let k = 0; k < s.mentions.length; k++) {
    const country = s.mentions[k]!;
    if (country.t0 < 2 || country.t0 - 2 < s.dateline || !endsWithCountryName(state, s, country)) continue;
    let t0 = country.t0;
    while (t0 > s.dateline && nameWordAt(state, s, t0 - 1)) t0--;
    if (country.t0 - t0 < 2) continue;
    // "officials from Harrow Keel Ghana": after a preposition the words may name a place in the country.
    if (t0 > 0 && toks[t0 - 1]!.flags & WordFlag.PREPOSITION) continue;
    bodyEndingInCountry(state, s, t0, country, "name words before a country's name");
  }
}

/** A country's actor mention by its name alone ("India", not "Indian officials"), with no capitalised word after it. */
function endsWithCountryName(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (m.role !== "actor" || m.nameT0 !== undefined || state.entity(m.key)?.kind !== "country") return false;
  const hit = dictAt(state, s, m.t0);
  if (!hit || hit.hit.role !== "name" || hit.t1 !== m.t1) return false;
  const next = s.tokens[m.t1];
  return !(next?.cap && next.word);
}

/** One organisation named by tokens [t0, end of the country's mention), in place of that mention. */
function bodyEndingInCountry(state: SummarizeState, s: Sentence, t0: number, country: Mention, why: string): void {
  const name = withoutFinalDot(state.surface(s, t0, country.t1));
  state.removeMention(s, country);
  const key = orgKey(name);
  state.ensure(key, "organisation", name, false);
  state.addMention(s, { t0, t1: country.t1, key, role: "actor", rule: RULE, plural: false, nameT0: t0 });
  if (state.tracing) state.note(s.index, RULE, `"${name}" -> organisation (${why})`);
}

/** A capitalised name word no mention holds and no title starts. */
function nameWordAt(state: SummarizeState, s: Sentence, j: number): boolean {
  const t = s.tokens[j]!;
  return t.cap && t.word && (t.flags & WordFlag.NAME_WORD) !== 0 && !state.mentionAt(s, j) && !titleAt(state, s.tokens, j);
}

/**
 * The body a seat names: the first of its entry's `seat_for` bodies that the article names by name,
 * else the entry's own; worked out once per seat and article (`seats`).
 */
function seatHolder(state: SummarizeState, key: string, seats: Map<string, string>): string {
  let holder = seats.get(key);
  if (holder === undefined) {
    holder = key;
    for (const other of state.lex.entities.get(key)?.seatFor ?? []) {
      if (!namedByName(state, other)) continue;
      holder = other;
      break;
    }
    seats.set(key, holder);
  }
  return holder;
}

/** Does a sentence of the article (not skipped) hold the dictionary name `key` by name, not by seat, demonym or capital? */
function namedByName(state: SummarizeState, key: string): boolean {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const d of dictSpans(state, s)) if (d.hit.key === key && d.hit.role === "name") return true;
  }
  return false;
}

/** "Name (ABC)", "National Water Commission (Conagua)": the word in brackets names the body for the rest of the article. */
function define(state: SummarizeState, s: Sentence, end: number, key: string, acronyms: Map<string, string>): void {
  const acr = acronymAfter(s, end) ?? shortNameAfter(state, s, end);
  if (!acr) return;
  acronyms.set(acr, key);
  const inner = state.mentionAt(s, end + 1);
  if (inner && inner.key !== key) state.removeMention(s, inner);
  state.addMention(s, { t0: end + 1, t1: end + 2, key, role: "actor", rule: RULE, plural: false });
}

/** One capitalised word of letters in brackets right after a name, which no dictionary knows ("(Conagua)", not "(Peru)"). */
function shortNameAfter(state: SummarizeState, s: Sentence, end: number): string | null {
  const toks = s.tokens;
  const t = toks[end + 1];
  if (toks[end]?.text !== "(" || toks[end + 2]?.text !== ")" || !t?.cap || t.text.length < 3 || !/^\p{L}+$/u.test(t.text)) return null;
  return dictAt(state, s, end + 1) ? null : t.text;
}

/** Name shapes opening at the sentence's capitals; `brackets`: the sentence holds a "(". */
function findShapes(state: SummarizeState, s: Sentence, brackets: boolean, acronyms: Map<string, string>): void {
  const { tokens: toks, caps } = s;
  // Past the last head word or suffix only a name its acronym in brackets spells can be found.
  const last = brackets ? toks.length - 1 : lastOrgWord(state, s);
  // A dateline names places and its outlet ("BONN, Germany (Meridian Wire) -"): no body acts there.
  for (let c = firstCapitalFrom(caps, s.dateline); c < caps.length && caps[c]! <= last; c++) {
    const i = caps[c]!;
    // Without brackets only orgShapeAt finds a name, and it opens none at a non-word or after a capitalised word.
    if (!brackets && (!toks[i]!.word || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word))) continue;
    const held = state.mentionAt(s, i);
    // Inside a name placed before, unless that name merely took the article: "the European Union | Monitoring Mission".
    if (held && held.role === "actor" && held.t0 < i && !(held.t0 === i - 1 && toks[i - 1]!.low === "the")) continue;
    // A placed name a shape cannot outgrow: no capitalised word after it.
    if (held && !(toks[held.t1]?.cap || state.lex.orgConnectors.has(toks[held.t1]?.low ?? "") || toks[held.t1]?.low === "'s")) continue;
    let end = orgShapeAt(state, s, i);
    // "Pacific Gateway Terminals (PGT)": no head word, but the acronym spells the name.
    if (end === i && !brackets) continue;
    const t0 = nameStart(toks, i);
    if (end === i) {
      const run = capitalRun(state, s, t0);
      const acr = run - t0 >= 2 ? acronymAfter(s, run) : null;
      if (!acr || !initialsFit(s, t0, run, acr) || state.lex.documentWords.has(toks[run - 1]!.text)) continue;
      end = run;
    }
    // "The United Steelworkers union": after "the", a name its kind follows is find_typed_organisations' to place, with the kind.
    const kind = toks[end];
    const the = toks[t0]!.low === "the" || tokenAt(toks, t0 - 1)?.low === "the";
    if (the && kind && !kind.cap && state.lex.orgKindNouns.has(kind.low) && !GROUP_TAILS.has(kind.text)) continue;
    const inside = overridable(state, s, t0, end);
    if (!inside) continue;
    const name = withoutFinalDot(state.surface(s, t0, end));
    // "Russia's Foreign Ministry": the owner is part of the government body.
    const owner = tokenAt(toks, t0 - 1)?.low === "'s" ? dictEndingAt(state, s, t0 - 1) : undefined;
    const inner = owner ?? dictAt(state, s, t0);
    const info = inner && state.lex.entities.get(inner.hit.key);
    // "the Russian Defence Ministry", "Russia's Foreign Ministry" (not "the Lisbon Prosecutor's Office", a city's body).
    const national = inner && (inner.hit.role === "name" || inner.hit.role === "demonym");
    if (national && info?.kind === "country" && governmentHeadIn(toks, t0, end)) {
      // "the Russian Defence Ministry", "the U.S. State Department": the country's government.
      const from = owner ? owner.t0 : t0;
      const held = owner && state.mentionAt(s, owner.t0);
      if (held) state.removeMention(s, held);
      for (const m of inside) state.removeMention(s, m);
      ensureKnown(state, inner.hit.key, inner.info);
      state.addMention(s, { t0: from, t1: end, key: inner.hit.key, role: "actor", rule: RULE, plural: false });
      if (state.tracing) state.note(s.index, RULE, `"${name}" -> ${info.name} (a government body)`);
      c = firstCapitalFrom(caps, end, c) - 1;
      continue;
    }
    for (const m of inside) state.removeMention(s, m);
    const key = orgKey(name);
    const e = state.ensure(key, "organisation", name, false);
    // "the Least Developed Countries group said": the common noun after the name belongs to the mention.
    // "A Welsh Government spokesperson said", "Trust officials said": the body speaking through its people.
    // A lone head ("Treasury officials") is left to the rules for a government's departments.
    const voice = end - t0 >= 2 ? state.lex.words.governmentNouns.match(toks, end) : null;
    const t1 = GROUP_TAILS.has(toks[end]?.text ?? "") ? end + 1 : end;
    state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: false, nameT0: t0 });
    const m = voice && t1 === end ? state.mentionAt(s, t0) : undefined;
    if (m && state.widenMention(s, m, t0, voice!.end)) m.plural = true;
    define(state, s, end, key, acronyms);
    if (state.lex.mediaHeads.has(toks[end - 1]!.text)) e.role = "media";
    if (state.tracing) state.note(s.index, RULE, `"${name}" -> organisation (name shape${acronymAfter(s, end) ? `, acronym ${acronymAfter(s, end)}` : ""})`);
    // On from the name's end.
    c = firstCapitalFrom(caps, end, c) - 1;
  }
}

/** Does [t0, end) hold a head word of a government's body ("Ministry", "Department")? */
function governmentHeadIn(toks: Sentence["tokens"], t0: number, end: number): boolean {
  for (let j = t0; j < end; j++) if (GOVERNMENT_HEADS.has(toks[j]!.text)) return true;
  return false;
}

/**
 * The mentions a name shape over [t0, end) replaces: demonyms, places and dictionary
 * names strictly inside it ("Canadian" in "Canadian Association of Energy Producers",
 * "European Union" in "European Union Monitoring Mission"). Null when it may not:
 * a person inside, a mention reaching outside, or a dictionary name that is the whole run.
 */
function overridable(state: SummarizeState, s: Sentence, t0: number, end: number): Mention[] | null {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (m.t1 <= t0 || m.t0 >= end) continue;
    if (m.t0 < t0 && !(m.t0 === t0 - 1 && s.tokens[m.t0]!.low === "the")) return null;
    if (m.t1 > end || (m.t0 <= t0 && m.t1 >= end)) return null;
    if (state.entity(m.key)?.kind === "person") return null;
    out.push(m);
  }
  return out;
}

/** Acronyms and short names the article defined (`acronyms`) or its bodies spell (`spelled`); those in brackets (`inParens`). */
function findAcronyms(state: SummarizeState, s: Sentence, acronyms: Map<string, string>, spelled: Spelled, inParens: Set<string>): void {
  const toks = s.tokens;
  for (const i of s.caps) {
    const t = toks[i]!;
    if (t.text.length < 2 || state.mentionAt(s, i)) continue;
    // A definition goes before what a body's initials spell.
    const key = acronyms.get(t.text) ?? spelledBody(state, spelled, t.text);
    // "A NICE spokesperson said", "WWA officials said": the body speaking through its people.
    const g = key ? state.lex.words.governmentNouns.match(toks, i + 1) : null;
    if (key && !(g && state.addMention(s, { t0: i, t1: g.end, key, role: "actor", rule: RULE, plural: true })))
      state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false });
    else if (inParens.has(t.text)) {
      // An acronym in brackets that named nothing of the article's own: the dictionary's reading after all.
      const d = dictAt(state, s, i);
      const info = d && d.t1 === i + 1 ? d.info : undefined;
      if (!d || (info?.kind !== "organisation" && info?.kind !== "group")) continue;
      ensureKnown(state, d.hit.key, d.info);
      state.addMention(s, { t0: i, t1: i + 1, key: d.hit.key, role: "actor", rule: RULE, plural: false });
    }
  }
}

export default find_organisations;
