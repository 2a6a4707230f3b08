// Is a mention the subject of its clause? Cheap tests on the words around it.
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { tokenAt } from "./at.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { asciiLowercase } from "./tokens.ts";

const NOT_VERBS = new Set(["and", "or", "but", "the", "a", "an", "that", "which", "who", "nor", "so", "as", "if", "than", "whose", "whom", "this", "these", "those", "its", "their", "his", "her"]);

/** "the", "a", "an": several readings step over one before a name. */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const OF_FROM_IN = new Set(["of", "from", "in"]);

/** "formally", "strongly": lowercase letters ending in "ly", one at least before it. */
function lyAdverbShaped(text: string): boolean {
  return text.length > 2 && text.endsWith("ly") && asciiLowercase(text);
}

/** Preceded by a preposition ("talks with Harlan", "speaking for the Arab Group"), unless it is "analysts from X". */
export function afterPreposition(state: SummarizeState, s: Sentence, m: Mention): boolean {
  let k = m.t0 - 1;
  if (ARTICLES.has(tokenAt(s.tokens, k)?.low ?? "")) k--;
  const prev = tokenAt(s.tokens, k);
  if (!prev || !(prev.flags & WordFlag.PREPOSITION)) return false;
  // "after Kazakhstan said ...": a clause opens there, with the name as its subject.
  const next = s.tokens[m.t1];
  if (k === m.t0 - 1 && prev.flags & WordFlag.CLAUSE_OPENER && next && !next.cap && next.flags & (WordFlag.VERB | WordFlag.AUXILIARY)) return false;
  const before = tokenAt(s.tokens, k - 1);
  // "Conservation groups including WWF said": a member named for the many speaks for them.
  if (prev.low === "including" && before?.low.endsWith("s")) return false;
  if (prev.low === "for") return !state.lex.words.speaksForNouns.has(before?.low ?? "");
  // "One of the judges asked": some of a group, opening the sentence, speak for it.
  if (prev.low === "of" && before && state.lex.words.partitives.has(before.low) && !tokenAt(s.tokens, k - 2)?.word) return false;
  return !before || !(before.flags & WordFlag.PEOPLE_NOUN);
}

export function possessive(s: Sentence, m: Mention): boolean {
  return s.tokens[m.t1]?.low === "'s" || s.tokens[m.t1]?.low === "'";
}

/** Followed by what a subject is followed by: an auxiliary, an adverb, a reporting verb, a verb-like word, an appositive. */
export function subjectLike(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (afterPreposition(state, s, m) || possessive(s, m)) return false;
  const toks = s.tokens;
  let j = m.t1;
  // "Chief Ana Ode of the Harbour Nation said", "The embassy in Harare said": past what she is of, or where.
  if (OF_FROM_IN.has(toks[j]?.low ?? "")) {
    const of = mentionOf(s, j);
    if (of) j = of.t1;
  }
  // "the Association of Mobile Network Operators (AMNO) said": past its acronym.
  if (toks[j]?.text === "(" && toks[j + 2]?.text === ")") j += 3;
  while (j < toks.length && (toks[j]!.flags & WordFlag.ADVERB || lyAdverbShaped(toks[j]!.text))) j++;
  const t = toks[j];
  if (!t) return false;
  if (t.flags & (WordFlag.AUXILIARY | WordFlag.RELATIVE_PRONOUN) || t.text === ",") return true;
  if (t.flags & WordFlag.VERB && !t.cap) return true;
  // "Japanese officials met": a plain lowercase word after a name is most often its verb.
  return !t.cap && asciiLowercase(t.text) && !(t.flags & WordFlag.PREPOSITION) && !NOT_VERBS.has(t.low);
}

/** The first mention right after "of"/"from"/"in" at j, or after "the" there. */
function mentionOf(s: Sentence, j: number): Mention | undefined {
  const the = s.tokens[j + 1]?.low === "the";
  for (const x of s.mentions) if (x.t0 === j + 1 || (x.t0 === j + 2 && the)) return x;
  return undefined;
}

/** Token indexes inside quotation marks. */

/** Shared by every sentence without quotation marks: read, never written. */
const NONE = new Uint8Array(1024);

/** Is this what `quoted` gives a sentence without quotation marks, where no token is quoted? */
export function quotesNothing(inside: Uint8Array): boolean {
  return inside === NONE;
}

export function quoted(s: Sentence): Uint8Array {
  const cached = s.quoteCache;
  if (cached) return cached;
  const toks = s.tokens;
  // Before the first " or “ (each a token of its own, never a word), no quotation opens.
  const first = s.firstQuoteMark;
  if (!s.quoteOpen && toks.length <= NONE.length && first === toks.length) {
    s.quoteCache = NONE;
    return NONE;
  }
  const inside = new Uint8Array(toks.length);
  s.quoteCache = inside;
  // A quotation opened in an earlier sentence runs on until its closing mark.
  let open = s.quoteOpen;
  for (let i = open ? 0 : first; i < toks.length; i++) {
    const text = toks[i]!.text;
    const c = text.length === 1 ? text.charCodeAt(0) : 0;
    if (c === LEFT_QUOTE || (c === STRAIGHT_QUOTE && !open)) open = true;
    else if (c === RIGHT_QUOTE || (c === STRAIGHT_QUOTE && open)) open = false;
    else if (open) inside[i] = 1;
  }
  return inside;
}

const STRAIGHT_QUOTE = 34; // "
const LEFT_QUOTE = 0x201c; // “
const RIGHT_QUOTE = 0x201d; // ”

