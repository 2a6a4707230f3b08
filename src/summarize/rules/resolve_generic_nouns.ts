// resolve_generic_nouns: common nouns that point at a body or country the article names.
//   "the pilots' union Vereinigung Cockpit ... the union" -> the body introduced with that noun, first
//   "the IGAD, the regional bloc, said" -> IGAD (an appositive names the body before it)
//   "the union" / "the alliance" -> the nearest body (earlier first, else later) whose name holds a fitting word
//   "the company" / "the operator" -> also a body named without a head word ("Pacific Gateway Terminals")
//   "the Bank", "the Commission" -> only a body whose name holds that very word
//   "French financial prosecutors asked" -> the prosecutor's office the article names
//   "the federal government", "the administration" -> the country the article last names as acting
//   "a Paris court ... the court" (no court named) -> one body, "the court" ("in the court of opinion": no body)
import type { Rule } from "../rule.ts";
import type { Entity, Mention, Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { ensureKnown } from "../text/known.ts";
import { type Body, type Fit, capitalWords, fitOf, fitWords, rank } from "../text/fits.ts";
import { appositiveHead } from "../text/orgs.ts";
import { verbAt } from "../text/verbs.ts";

const RULE = "resolve_generic_nouns";
const COURT_NOUNS = new Set(["court"]);

interface Seen {
  sent: number;
  t: number;
  key: string;
}

/** The article's bodies and acting countries as the rule found them, and what it works out from them once per article. */
interface Reading {
  bodies: Seen[];
  countries: Seen[];
  kinds: Map<string, Set<string>>;
  /** The country the article is about, counted when "the government" first needs it (undefined until then). */
  home: string | null | undefined;
  named: Map<string, Body | null>;
  /** Per noun, the bodies that fit it best; a capitalised noun ("the Bank") in `capFits`. */
  fits: Map<string, Seen[]>;
  capFits: Map<string, Seen[]>;
}

const resolve_generic_nouns: Rule = (state) => {
  // The article is read at the first noun to resolve, before the rule has changed anything.
  let reading: Reading | null | undefined;
  for (const s of state.sentences) {
    if (s.skip || !(s.flags & WordFlag.GENERIC_ORG)) continue;
    const toks = s.tokens;
    for (let j = 0; j < toks.length; j++) {
      if (!(toks[j]!.flags & WordFlag.GENERIC_ORG) || state.mentionAt(s, j)) continue;
      if (toks[j + 1]?.cap && toks[j + 1]!.word) continue; // "the company Acme", "union president Ana"
      if (reading === undefined) reading = readArticle(state);
      if (reading === null) return;
      if (state.lex.governmentDescriptors.has(toks[j]!.low) || departmentNoun(state, s, j, reading.bodies)) governmentNoun(state, s, j, reading);
      else bodyNoun(state, s, j, reading);
    }
  }
};

/** The article's bodies and countries; null when it names none and no court either, so that no noun can be resolved. */
function readArticle(state: SummarizeState): Reading | null {
  const bodies: Seen[] = [];
  const countries: Seen[] = [];
  const kinds = new Map<string, Set<string>>();
  collect(state, bodies, countries, kinds);
  if (bodies.length === 0 && countries.length === 0 && !mayCreate(state)) return null;
  return { bodies, countries, kinds, home: undefined, named: new Map(), fits: new Map(), capFits: new Map() };
}

/** Record the common noun a body was introduced with: what that noun means later. */
function addKind(kinds: Map<string, Set<string>>, key: string, noun: string): void {
  let set = kinds.get(key);
  if (!set) kinds.set(key, (set = new Set()));
  set.add(noun);
}

/** Bodies and acting countries in article order; a person acting for a country counts as the country. */
function collect(state: SummarizeState, bodies: Seen[], countries: Seen[], kinds: Map<string, Set<string>>): void {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const m of s.mentions) {
      if (m.role !== "actor") continue;
      const e = state.entity(m.key);
      if (e?.kind === "organisation" || e?.kind === "group") {
        bodies.push({ sent: s.index, t: m.t0, key: e.key });
        // "the pilots' union Vereinigung Cockpit": the noun it was introduced with is what "the union" means later.
        // A word names such a noun only with the GENERIC_ORG bit: the cheap test first.
        const before = tokenAt(s.tokens, m.t0 - 1);
        const kind = before?.low ?? "";
        if (!(before?.word && !(before.flags & WordFlag.GENERIC_ORG)) && state.lex.genericOrgNouns.has(kind)) addKind(kinds, e.key, kind);
        // find_typed_organisations keeps the noun in the mention ("union Vereinigung Cockpit").
        const first = s.tokens[m.t0]!;
        if (first.flags & WordFlag.GENERIC_ORG && !first.cap && state.lex.genericOrgNouns.has(first.low)) addKind(kinds, e.key, first.low);
        // "Banca Tirrenica di Risparmio, a regional bank with deep roots": so is the noun of an appositive.
        const apposed = apposedNoun(state, s, m.t1);
        if (apposed) addKind(kinds, e.key, apposed);
      }
      else if (e?.kind === "country") {
        countries.push({ sent: s.index, t: m.t0, key: e.key });
        // "China's Ministry of Commerce ... the ministry": a government body named with its country is the country.
        if (m.t1 - m.t0 > 2) bodies.push({ sent: s.index, t: m.t0, key: e.key });
      }
      else if (e?.kind === "person" && e.government && e.affiliation && state.entity(e.affiliation)?.kind === "country") countries.push({ sent: s.index, t: m.t0, key: e.affiliation });
    }
  }
}

/** ", a regional bank with ...", ", an Athens-based lender,": the common noun heading an indefinite appositive at t. */
function apposedNoun(state: SummarizeState, s: Sentence, t: number): string | null {
  if (s.tokens[t]?.text !== "," || !/^(?:a|an)$/.test(s.tokens[t + 1]?.low ?? "")) return null;
  const head = s.tokens[appositiveHead(s, t)];
  return head && !head.cap && state.lex.genericOrgNouns.has(head.low) ? head.low : null;
}

/** The nearest one before (sent, t), else the first after. */
function nearest(list: Seen[], sent: number, t: number): string | null {
  let after: string | null = null;
  for (let k = list.length - 1; k >= 0; k--) {
    const x = list[k]!;
    if (x.sent < sent || (x.sent === sent && x.t < t)) return x.key;
    after = x.key;
  }
  return after;
}

/**
 * The bodies that fit best, in article order: `rank` says how well a key fits (lower is
 * better, -1 does not fit), so "the army" prefers "Armed Forces" to "Support Forces".
 */
function bestFits(list: Seen[], fit: Fit): Seen[] {
  let best = Infinity;
  const ranks: number[] = [];
  for (const x of list) {
    const r = rank(fit, x.key);
    ranks.push(r);
    if (r >= 0 && r < best) best = r;
  }
  const fitting: Seen[] = [];
  for (let k = 0; k < list.length; k++) if (ranks[k] === best) fitting.push(list[k]!);
  return fitting;
}

/** "the government", "the federal government", "the administration". */
function governmentNoun(state: SummarizeState, s: Sentence, j: number, reading: Reading): void {
  const toks = s.tokens;
  let t0 = j - 1;
  const w = state.lex.words;
  if (w.governmentModifiers.has(toks[t0]?.low ?? "") || (w.portfolios.has(toks[t0]?.low ?? "") && !toks[t0]!.cap)) t0--;
  // "a government spokeswoman said", "a government source said": one who speaks for it.
  const voice = toks[j]!.low === "government" && voiceAfter(s, j);
  if (!(toks[t0]?.low === "the" || (voice && /^(?:a|an)$/.test(toks[t0]?.low ?? ""))) || /^(?:of|in)$/.test(toks[j + 1]?.low ?? "")) return;
  const t1 = voice ? j + 2 : j + 1;
  const key = countryBefore(state, s, t0) ?? homeOf(state, reading) ?? nearest(reading.countries, s.index, t0);
  if (!key || !state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: false, anaphor: true })) return;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t0, t1)}" -> ${state.entity(key)?.name}`);
}

/** The country the article is about (homeCountry), counted once. */
function homeOf(state: SummarizeState, reading: Reading): string | null {
  if (reading.home === undefined) reading.home = homeCountry(state);
  return reading.home;
}

/**
 * The country an article is about, when one clearly is: named (as actor, place or adjective) at
 * least three times and at least twice as often as any other. "The Government" of a domestic
 * story is that country's, whoever was quoted last.
 */
function homeCountry(state: SummarizeState): string | null {
  const counts = new Map<string, number>();
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const m of s.mentions) {
      const e = state.entity(m.key);
      // "Ireland's farm union", a body of the country, speaks of Ireland too.
      const country = e?.kind === "country" ? e.key : e?.kind === "organisation" && e.affiliation && state.entity(e.affiliation)?.kind === "country" ? e.affiliation : undefined;
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  let best: string | null = null, first = 0, second = 0;
  for (const [key, n] of counts) {
    if (n > first) (second = first), (first = n), (best = key);
    else if (n > second) second = n;
  }
  return first >= 3 && first >= 2 * second ? best : null;
}

/** "the interior ministry said": a department of the government, when the article names no such body. */
function departmentNoun(state: SummarizeState, s: Sentence, j: number, bodies: Seen[]): boolean {
  const toks = s.tokens;
  const noun = toks[j]!.low;
  if ((noun !== "ministry" && noun !== "department") || toks[j]!.cap) return false;
  // "the interior ministry", or "the ministry" alone.
  const t0 = state.lex.words.portfolios.has(toks[j - 1]?.low ?? "") ? j - 1 : j;
  if (toks[t0 - 1]?.low !== "the" || toks[j + 1]?.low === "of" || toks[j + 1]?.low === "'s") return false;
  // "Iraq's Ministry of Water Resources ... the ministry": a body named with that noun, by any of its forms.
  return !bodies.some((b) => namedWith(state.entity(b.key), noun));
}

function namedWith(e: Entity | undefined, noun: string): boolean {
  if (!e) return false;
  if (e.name.toLowerCase().includes(noun)) return true;
  for (const form of e.forms.keys()) if (form.toLowerCase().includes(noun)) return true;
  return false;
}

/** A people noun right after the noun at j ("government spokeswoman", "Commission spokesperson"): one who speaks for it. */
function voiceAfter(s: Sentence, j: number): boolean {
  return ((s.tokens[j + 1]?.flags ?? 0) & WordFlag.PEOPLE_NOUN) !== 0;
}

/** "A Saudi energy ministry official said the kingdom ...": a country the sentence names before the noun, even as an adjective. */
function countryBefore(state: SummarizeState, s: Sentence, t0: number): string | null {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.t1 > t0 || m.role === "place") continue;
    const e = state.entity(m.key);
    if (e?.kind === "country") return e.key;
    if (e?.kind === "person" && e.government && e.affiliation && state.entity(e.affiliation)?.kind === "country") return e.affiliation;
  }
  return null;
}

/**
 * The article's `fits` hold, per noun, the bodies that fit it best: the bodies are fixed once
 * collected and each rank is kept for the article once taken, so they are ranked once.
 */
function bodyNoun(state: SummarizeState, s: Sentence, j: number, reading: Reading): void {
  const { bodies, named, kinds } = reading;
  const toks = s.tokens;
  const two = j > 0 && twoWordStarts(state).has(toks[j - 1]!.low) ? state.lex.genericOrgNouns.get(toks[j - 1]!.low + " " + toks[j]!.low) : undefined;
  const noun = two ? toks[j - 1]!.low + " " + toks[j]!.low : toks[j]!.low;
  const words = two ?? state.lex.genericOrgNouns.get(noun);
  if (!words) return;
  const n0 = two ? j - 1 : j;
  // "a Commission spokesperson said": one who speaks for the body.
  const voice = voiceAfter(s, j) && /^(?:a|an)$/.test(toks[n0 - 1]?.low ?? "");
  // "UEFA's executive committee decided": a body's own organ acts as the body.
  const mark = voice ? -1 : ownerMark(state, s, n0);
  const organ = voice ? undefined : organOf(state, s, mark);
  const t0 = organ ? organ.t0 : voice ? n0 - 1 : phraseStart(state, s, n0, toks[j]!, mark);
  const t1 = voice ? j + 2 : j + 1;
  if (t0 < 0) return;
  const cap = toks[j]!.cap && j > 0;
  // "The Intergovernmental Authority on Development (IGAD), the regional bloc,": the body just named;
  // "seen by Shipping Line Daily, the association called on": a subject after an opening phrase is no appositive.
  // (appositiveOf needs the comma before t0: the cheap test before verbFollows.)
  const apposed = tokenAt(toks, t0 - 1)?.text !== "," || verbFollows(state, toks, t1) ? null : appositiveOf(state, s, t0);
  // "the Unione Sindacale del Credito, the largest union at the bank,": what "the union" means later.
  if (apposed && state.entity(apposed)?.kind !== "country" && !cap) addKind(kinds, apposed, noun);
  let key = organ?.key ?? apposed;
  if (!key) {
    const fits = cap ? reading.capFits : reading.fits;
    let best = fits.get(noun);
    if (!best) fits.set(noun, (best = bestFits(bodies, fitOf(state, noun, cap ? capitalWords(state.lex.genericOrgNouns, toks[j]!.low) : fitWords(words), cap, named, kinds.size ? kinds : undefined))));
    key = nearest(best, s.index, t0);
  }
  // "a Paris court ... the court": a court the article never names is still one actor.
  if (!key && COURT_NOUNS.has(toks[j]!.low) && !cap && toks[j + 1]?.low !== "of" && toks[t0 - 1]?.low !== "in" && !compound(toks[j + 1])) {
    key = "org:the court";
    state.ensure(key, "organisation", "the court", false);
  }
  if (!key) return;
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.t0 >= t0 && m.t1 <= t1) state.removeMention(s, m);
  }
  if (!state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: false, anaphor: true })) return;
  ensureKnown(state, key);
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t0, t1)}" -> ${state.entity(key!)?.name}`);
}

/** A reporting verb, an auxiliary or a modal right after the noun: it heads its clause's subject. */
function verbFollows(state: SummarizeState, toks: Sentence["tokens"], t: number): boolean {
  const next = toks[t];
  return !!next && (!!(next.flags & (WordFlag.AUXILIARY | WordFlag.MODAL)) || verbAt(state, toks, t) !== null);
}

/** The body or country named right before ", the noun," (past its acronym in brackets). */
function appositiveOf(state: SummarizeState, s: Sentence, t0: number): string | null {
  const toks = s.tokens;
  if (toks[t0 - 1]?.text !== ",") return null;
  let k = t0 - 1;
  if (toks[k - 1]?.text === ")" && toks[k - 3]?.text === "(") k -= 3;
  const m = state.mentionEndingAt(s, k);
  const e = m && state.entity(m.key);
  return e && e.kind !== "person" ? e.key : null;
}

const firstWords = new WeakMap<Map<string, string[]>, Set<string>>();

/** First words of the two-word nouns ("military" of "military alliance"): the cheap test before joining two words. */
function twoWordStarts(state: SummarizeState): Set<string> {
  let set = firstWords.get(state.lex.genericOrgNouns);
  if (!set) {
    set = new Set([...state.lex.genericOrgNouns.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));
    firstWords.set(state.lex.genericOrgNouns, set);
  }
  return set;
}

/** "UEFA's executive committee", "the union's board": the organisation owning the noun (its "'s" at k, ownerMark), or undefined. */
function organOf(state: SummarizeState, s: Sentence, k: number): Mention | undefined {
  if (k < 0) return undefined;
  const owner = state.mentionEndingAt(s, k);
  return owner && state.entity(owner.key)?.kind === "organisation" ? owner : undefined;
}

/** Where the "'s" of an owner stands before a noun and up to four words describing it, or -1 ("the court's president said the judges" owns no judges). */
function ownerMark(state: SummarizeState, s: Sentence, n0: number): number {
  const toks = s.tokens;
  let k = n0 - 1;
  for (let words = 0; k > 0 && words < 4; k--) {
    const t = toks[k]!;
    if (isModifier(state, s, k, n0)) words++;
    else if (t.text !== "'" && t.text !== "’") break;
  }
  return tokenAt(toks, k)?.low === "'s" ? k : -1;
}

/**
 * Where the descriptor begins: "the" right before the noun or one modifier before it
 * ("the union", "the paramilitary group", "a Paris court"); a plural with no article
 * opening its clause ("French financial prosecutors asked"). -1 when it is not a descriptor.
 * `mark` is where ownerMark found an owner's "'s" before the noun, or -1.
 */
function phraseStart(state: SummarizeState, s: Sentence, n0: number, noun: { low: string }, mark: number): number {
  const toks = s.tokens;
  const court = COURT_NOUNS.has(noun.low);
  if (isDeterminer(s, n0 - 1, court)) return n0 - 1;
  if (isModifier(state, s, n0 - 1, n0) && isDeterminer(s, n0 - 2, court)) return n0 - 2;
  // "Greece's largest firefighters' union": a country's own body, described rather than named.
  if (mark >= 0) {
    // ... or a person's: "Brandstetter's alliance" is the alliance she leads.
    const owner = state.mentionEndingAt(s, mark);
    const kind = owner && state.entity(owner.key)?.kind;
    if (owner && (kind === "country" || kind === "person")) return owner.t0;
  }
  // "French financial prosecutors asked ...": a plural opening its clause.
  if (!noun.low.endsWith("s") || noun.low.endsWith("ss")) return -1;
  let a = n0;
  while (a > 0 && n0 - a < 3 && isModifier(state, s, a - 1, n0)) a--;
  return a === 0 || toks[a - 1]!.text === "," ? a : -1;
}

/** "a court order", "court fees": the noun only qualifies the next one. */
function compound(next: Sentence["tokens"][number] | undefined): boolean {
  if (!next || !next.word || next.cap) return false;
  return !(next.flags & NOT_QUALIFIED) && next.low !== "and" && next.low !== "or";
}

/** Words after a noun that say it does not qualify them: an auxiliary, preposition, relative pronoun, complementizer, adverb or verb. */
const NOT_QUALIFIED = WordFlag.AUXILIARY | WordFlag.PREPOSITION | WordFlag.RELATIVE_PRONOUN | WordFlag.COMPLEMENTIZER | WordFlag.ADVERB | WordFlag.VERB;

function isDeterminer(s: Sentence, k: number, court: boolean): boolean {
  const low = tokenAt(s.tokens, k)?.low;
  // "His department went further": the minister's department, the one the article names.
  return low === "the" || (court ? low === "a" || low === "an" : POSSESSIVES.has(low ?? ""));
}

const POSSESSIVES = new Set(["his", "her", "their"]);

/** A word between the article and the noun: an adjective, or a place, demonym or capital ("a Paris court"). */
function isModifier(state: SummarizeState, s: Sentence, k: number, n0: number): boolean {
  const t = tokenAt(s.tokens, k);
  if (!t) return false;
  const m = state.mentionAt(s, k);
  if (m) return m.role !== "actor" || (m.t1 === n0 && state.entity(m.key)?.kind === "country");
  return t.word && !t.cap && !(t.flags & NOT_MODIFIERS) && !state.lex.words.nonNames.has(t.low);
}

/** Lowercase words that never stand between an article and its noun: prepositions, auxiliaries, verbs. */
const NOT_MODIFIERS = WordFlag.PREPOSITION | WordFlag.AUXILIARY | WordFlag.VERB;

/** A court the article never names can still be meant: only then is a sentence without bodies worth reading. */
function mayCreate(state: SummarizeState): boolean {
  return state.sentences.some((s) => s.text.includes("court"));
}

export default resolve_generic_nouns;
