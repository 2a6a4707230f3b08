// Name shapes and dictionary names in a sentence's tokens, shared by the rules
// that find actors.
import type { EntityInfo, NameHit } from "../lexicon/types.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import type { Token } from "./tokens.ts";
import { WordFlag } from "../lexicon/flags.ts";

/** The spans of a sentence that holds none, shared: callers only read them (the type says so; not frozen, which would give it a shape of its own and slow every loop over spans). */
const NO_SPANS: readonly DictSpan[] = [];

export interface DictSpan {
  t0: number;
  t1: number;
  hit: NameHit;
  /** The dictionary's entity under the hit's key (what state.lex.entities holds for it). */
  info: EntityInfo | undefined;
}

/** Dictionary names in the sentence, longest first at each place, not overlapping. Computed once. */
export function dictSpans(state: SummarizeState, s: Sentence): readonly DictSpan[] {
  const cached = s.dictCache;
  if (cached) return cached;
  // Every name begins with a word that has the NAME bit: without one the sentence holds none.
  if (!(s.flags & WordFlag.NAME)) return (s.dictCache = NO_SPANS);
  const spans: DictSpan[] = [];
  const { names } = state.lex;
  const lowercase = state.lex.lowercaseNameOpeners;
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // caseFits refuses a lowercase first word to every name its word does not open in lowercase, and a
    // lowercase second word to every such name whose second word is capitalised ("mainland China").
    if (!(t.flags & WordFlag.NAME) || (!t.cap && !lowercaseFits(lowercase, t.low, toks[i + 1]))) continue;
    let m = names.match(toks, i, caseFits);
    if (!m) continue;
    let t0 = i;
    // "the UN Office for the Coordination ...": a longer name one word on wins over "the UN".
    if (toks[i]!.low === "the" && m.end > i + 1) {
      const longer = names.match(toks, i + 1, caseFits);
      if (longer && longer.end > m.end) (m = longer), (t0 = i + 1);
    }
    const hit = pick(m.values);
    spans.push({ t0, t1: m.end, hit, info: state.lex.entities.get(hit.key) });
    i = m.end - 1;
  }
  s.dictCache = spans;
  return spans;
}

/** May a name open at a lowercase token `low`, with `next` after it? */
function lowercaseFits(openers: Map<string, boolean>, low: string, next: Token | undefined): boolean {
  const capitalAfter = openers.get(low);
  return capitalAfter !== undefined && (!capitalAfter || !!next?.cap);
}

/** Names before demonyms before places: "Georgia" the country before anything else it could be;
 * the seat of a body before a capital ("Brussels" is the EU before it is Belgium). */
function pick(hits: NameHit[]): NameHit {
  let seat: NameHit | undefined;
  for (const h of hits) {
    if (h.role === "name") return h;
    if (!seat && h.role === "seat" && !h.key.startsWith("country:")) seat = h;
  }
  return seat ?? hits[0]!;
}

function caseFits(h: NameHit, a: number, b: number, toks: Token[]): boolean {
  if (h.exactCase) return exactCaseFits(toks[a]!.text);
  // The token's case first: the hit's spelling is read only under a lowercase token.
  for (let j = a; j < b; j++) if (!toks[j]!.cap && h.caps[j - a]) return false;
  return true;
}

const EXACT_CASE = /^[\p{Lu}\p{N}.&+-]+$/u;

/** Capitals, digits and . & + - only ("NATO", "G7"): plain ASCII by char codes, anything else by the pattern. */
function exactCaseFits(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return EXACT_CASE.test(text);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 38 || c === 43 || c === 45)) return false;
  }
  return text.length > 0;
}

export function dictAt(state: SummarizeState, s: Sentence, t: number): DictSpan | undefined {
  const spans = dictSpans(state, s);
  for (let k = 0; k < spans.length; k++) {
    const d = spans[k]!;
    if (d.t0 > t) return undefined;
    if (t < d.t1) return d;
  }
  return undefined;
}

/** The dictionary name ending just before token t ("Russia | 's"). */
export function dictEndingAt(state: SummarizeState, s: Sentence, t: number): DictSpan | undefined {
  for (const d of dictSpans(state, s)) if (d.t1 === t) return d;
  return undefined;
}

/** A capitalised word that may be part of a person's name. */
export function isNameWord(_state: SummarizeState, tok: Token | undefined): boolean {
  // Decided once per token by split_sentences: capitalised, not a function word, no digits, no acronym.
  return !!tok && (tok.flags & WordFlag.NAME_WORD) !== 0;
}

/** End of the run of name words starting at `i` (i itself when there is none); at most `max` words. */
export function nameRun(state: SummarizeState, s: Sentence, i: number, max = 4): number {
  const toks = s.tokens;
  const { nameParticles } = state.lex.words;
  const { documentWords } = state.lex;
  let j = i;
  let words = 0;
  while (j < toks.length && words < max) {
    const t = toks[j]!;
    // "Clean Rivers Act": a document's name, not a person's.
    if (words > 0 && documentWords.has(t.text)) return i;
    const nameWord = isNameWord(state, t) || (words > 0 && initial(t.text));
    const particle = !nameWord && words > 0 && nameParticles.has(t.low) && isNameWord(state, toks[j + 1]);
    // The run ends here either way: only a word that would go on is asked whether it names a body or place.
    if (!nameWord && !particle) break;
    // "Acme Holdings", "Georgia": a body's name or a dictionary name, not a person's;
    // but a state's name may stand in a person's ("Florida Smith", "Joe Montana").
    const d = dictAt(state, s, j);
    if ((d && !(words === 0 ? opensName(state, s, d, j) : oneWordState(d, j))) || isOrgHead(state, t)) break;
    j++;
    if (nameWord) words++;
  }
  return j;
}

/**
 * "Commissioner Sofia Lindahl", "Victoria Mensah, the minister,": beside a title or a role, a
 * capital's name before a surname is a first name. The end of the name, or j when there is none.
 */
export function cityAsFirstName(state: SummarizeState, s: Sentence, j: number): number {
  const d = dictAt(state, s, j);
  if (!d || !oneWordAt(d, j) || d.hit.role !== "capital" || !freeAfter(state, s, j)) return j;
  const end = nameRun(state, s, j + 1);
  return end > j + 1 ? end : j;
}

/** A one-word state or province at j with a plain name word after it: the first word of a longer name. */
function opensName(state: SummarizeState, s: Sentence, d: DictSpan, j: number): boolean {
  const next = s.tokens[j + 1];
  return oneWordState(d, j) && isNameWord(state, next) && !(next!.flags & WordFlag.TITLE) && freeAfter(state, s, j);
}

/** A state or province named by the one word at j ("Montana", not "New Jersey"). */
function oneWordState(d: DictSpan, j: number): boolean {
  return oneWordAt(d, j) && d.info?.kind === "government";
}

/** The dictionary name d is the one word at j ("Montana", "Sofia"; not "New Jersey"). */
function oneWordAt(d: DictSpan, j: number): boolean {
  return d.t0 === j && d.t1 === j + 1;
}

/** The word after j may go on a name: no dictionary name and no organisation head word stands there. */
function freeAfter(state: SummarizeState, s: Sentence, j: number): boolean {
  return !dictAt(state, s, j + 1) && !isOrgHead(state, s.tokens[j + 1]);
}

/**
 * Is the token an organisation's head word ("Holdings", "Ministry")? Every head is among the organisation
 * words, whose spellings carry the ORG_WORD bit: a token without it is none (the cheap test first).
 */
export function isOrgHead(state: SummarizeState, t: Token | undefined): boolean {
  return t !== undefined && (t.flags & WordFlag.ORG_WORD) !== 0 && state.lex.orgHeads.has(t.text);
}

/** "J.": a capital and its dot (the pattern asked only of a short text that ends in one). */
function initial(text: string): boolean {
  return text.length <= 3 && text.charCodeAt(text.length - 1) === 46 && /^\p{Lu}\.$/u.test(text);
}
