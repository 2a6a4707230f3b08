// find_short_org_names: a company named in full once is then named short.
//   "operator Pacific Gateway Terminals ... Pacific Gateway said" -> Pacific Gateway Terminals
//   "Loop Inc. said ... Loop says" -> Loop Inc
//   "energy trader Valtérra Énergie ... Valtérra argued" -> Valtérra Énergie
//   "Pacific Gateway Terminals" -> "Pacific Gateway" (a company's head word may go)
//   "Banca Tirrenica di Risparmio" -> "Tirrenica" (the word after a head that opens the name)
//   "the National Treasury ... Treasury said" -> National Treasury (a lone head word, one body it ends)
//   "the Polish Border Guard ... The Border Guard said" -> Polish Border Guard (a body named again without its country's word)
//   names with an institution's head word ("Treasury Select Committee") are not shortened: "the committee" is their short form
import type { Rule } from "../rule.ts";
import type { Entity, Sentence, SummarizeState } from "../state.ts";
import { dictAt, isNameWord, isOrgHead } from "../text/names.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { orgKey } from "../text/orgs.ts";
import { firstCapitalFrom } from "../text/capitals.ts";

const RULE = "find_short_org_names";

const find_short_org_names: Rule = (state) => {
  loneHeadsToFullNames(state);
  withoutCountryWord(state);
  const short = shortForms(state);
  if (short.size === 0) return;
  // "Pacific Gateway, which ..." found on its own is the body named in full elsewhere.
  for (const [form, key] of short) {
    const e = state.entity(orgKey(form.join(" ")));
    if (e && !e.fromDictionary && e.key !== state.resolve(key)) state.merge(e.key, key);
  }
  const byFirst = formsByFirstWord(short);
  // A short form opens with a capitalised word: each sentence is read at its capitals.
  for (const s of state.sentences) {
    if (s.skip) continue;
    const toks = s.tokens;
    const at = s.caps;
    for (let c = 0; c < at.length; c++) {
      const i = at[c]!;
      const t = toks[i]!;
      if (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word && toks[i - 1]!.low !== "the") continue;
      // Only a form opening with the token's text can stand here.
      const forms = byFirst.get(t.text);
      if (!forms || state.mentionAt(s, i)) continue;
      for (const [form, key] of forms) {
        const n = form.length;
        if (!formAt(toks, i, form)) continue;
        const next = toks[i + n];
        if ((next?.cap && next.word) || (n === 1 && !standsAlone(state, s, i))) continue;
        if (state.addMention(s, { t0: i, t1: i + n, key, role: "actor", rule: RULE, plural: false }))
          if (state.tracing) state.note(s.index, RULE, `"${form.join(" ")}" -> ${state.entity(key)?.name}`);
        // On from the form's end.
        c = firstCapitalFrom(at, i + n, c) - 1;
        break;
      }
    }
  }
};

/** The short forms by their first word, each list in the order of `short`. */
function formsByFirstWord(short: Map<string[], string>): Map<string, [string[], string][]> {
  const byFirst = new Map<string, [string[], string][]>();
  for (const [form, key] of short) {
    const forms = byFirst.get(form[0]!);
    if (forms) forms.push([form, key]);
    else byFirst.set(form[0]!, [[form, key]]);
  }
  return byFirst;
}

/** Do the tokens from i spell the form, word by word? */
function formAt(toks: Sentence["tokens"], i: number, form: string[]): boolean {
  for (let j = 0; j < form.length; j++) if (toks[i + j]?.text !== form[j]) return false;
  return true;
}

/** Short forms of the article's bodies without a head word: the name without its suffix, its first word or two; a one-word name itself. */
function shortForms(state: SummarizeState): Map<string[], string> {
  const seen = new Map<string, string | null>();
  const single: [string, string][] = [];
  for (const e of state.entities.values()) {
    if (e.kind !== "organisation" || e.fromDictionary) continue;
    // The name without a final dot ("Loop Inc." -> "Loop Inc").
    const words = (e.name.endsWith(".") ? e.name.slice(0, -1) : e.name).split(" ");
    if (words.length === 1) {
      single.push([words[0]!, e.key]);
      continue;
    }
    const forms = new Set<string>();
    // "Banca Tirrenica di Risparmio" -> "Tirrenica": the word after a head that opens the name.
    const lead = state.lex.leadingHeads.has(words[0]!) && /^\p{Lu}/u.test(words[1] ?? "") ? words[1]! : null;
    if (lead) seen.set(lead, seen.has(lead) && seen.get(lead) !== e.key ? null : e.key);
    if (institutionHeadIn(state, words)) continue;
    const last = words.at(-1)!;
    const bare = state.lex.orgSuffixes.has(last) || state.lex.orgSuffixes.has(last + ".") || state.lex.companyHeads.has(last) ? words.slice(0, -1) : words;
    if (bare.length < words.length) forms.add(bare.join(" "));
    if (bare.length >= 3) forms.add(bare.slice(0, 2).join(" "));
    if (bare.length === 2) forms.add(bare[0]!);
    // Two bodies sharing a short form: neither gets it.
    for (const f of forms) if (f && f !== e.name) seen.set(f, seen.has(f) && seen.get(f) !== e.key ? null : e.key);
  }
  // "budget carrier SkyBridge ... SkyBridge said": a one-word name found by its kind noun is that body wherever
  // it recurs, unless it is the short form of a longer name ("Loop" of "Loop Inc"), which then takes it in.
  for (const [w, key] of single) if (!seen.has(w)) seen.set(w, key);
  const out = new Map<string[], string>();
  for (const [f, key] of seen) if (key && !state.lex.words.nonNames.has(f.toLowerCase())) out.set(f.split(" "), key);
  return out;
}

/** Does the name hold a head word that is no company's ("Committee" of "Treasury Select Committee")? */
function institutionHeadIn(state: SummarizeState, words: string[]): boolean {
  for (const w of words) if (state.lex.orgHeads.has(w) && !state.lex.companyHeads.has(w)) return true;
  return false;
}

/** One word alone names the body only where it is a name, not a word opening the sentence. */
function standsAlone(state: SummarizeState, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (!isNameWord(state, t) || dictAt(state, s, i) || isOrgHead(state, t)) return false;
  if (i > 0) return true;
  const next = s.tokens[i + 1];
  return !!next && !next.cap && ((next.flags & WordFlag.VERB) !== 0 || state.lex.words.auxiliaries.has(next.low));
}

/** "Treasury" alone is the one body of the article whose name ends in it. */
function loneHeadsToFullNames(state: SummarizeState): void {
  // A lone head joins only a body whose name ends in it: where no body's does, none joins (the cheap test first).
  if (!nameEndsInLoneHead(state)) return;
  for (const head of state.lex.loneHeads) {
    const lone = state.entity(orgKey(head));
    if (!lone || lone.fromDictionary) continue;
    const full = [...state.entities.values()].filter((e) => e.kind === "organisation" && e.key !== lone.key && e.name.endsWith(" " + head));
    if (full.length === 1 && state.resolve(lone.key) !== state.resolve(full[0]!.key)) state.merge(lone.key, full[0]!.key);
  }
}

/** Does a body's name end, after a space, in a lone head ("National Treasury")? */
function nameEndsInLoneHead(state: SummarizeState): boolean {
  const { loneHeads } = state.lex;
  for (const e of state.entities.values()) {
    if (e.kind !== "organisation") continue;
    for (let k = e.name.indexOf(" "); k >= 0; k = e.name.indexOf(" ", k + 1)) if (loneHeads.has(e.name.slice(k + 1))) return true;
  }
  return false;
}

/**
 * "the Polish Border Guard ... The Border Guard said": a body the article names with a demonym or
 * country before its name, and again without it, is one body (the one named in full).
 */
function withoutCountryWord(state: SummarizeState): void {
  const bodies: Entity[] = [];
  for (const e of state.entities.values()) if (e.kind === "organisation" && !e.fromDictionary) bodies.push(e);
  if (bodies.length < 2) return;
  const byName = new Map<string, Entity>();
  for (const e of bodies) byName.set(e.name, e);
  for (const full of bodies) {
    const space = full.name.indexOf(" ");
    if (space < 0) continue;
    // The body named without the first word is looked up first: most names have none, and then the word is not asked about.
    const short = byName.get(full.name.slice(space + 1));
    if (!short || short === full) continue;
    const first = full.name.slice(0, space).toLowerCase();
    if (!state.lex.demonyms.has(first) && !countryName(state, full.name.slice(0, space))) continue;
    if (state.resolve(short.key) === state.resolve(full.key)) continue;
    state.merge(short.key, full.key);
    if (state.tracing) state.note(null, RULE, `"${short.name}" is ${full.name}`);
  }
}

/** Is `word` a country's name as the dictionary spells it ("Kenya", not "Kenyan")? */
function countryName(state: SummarizeState, word: string): boolean {
  return state.lex.names.get([word.toLowerCase()]).some((h) => h.role === "name" && state.lex.entities.get(h.key)?.kind === "country");
}

export default find_short_org_names;
