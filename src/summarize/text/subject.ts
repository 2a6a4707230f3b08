// Is a mention the subject of its clause? Cheap tests on the words around it.
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";

const NOT_VERBS = new Set(["and", "or", "but", "the", "a", "an", "that", "which", "who", "nor", "so", "as", "if", "than", "whose", "whom", "this", "these", "those", "its", "their", "his", "her"]);

const ARTICLES = new Set(["the", "a", "an"]);
const OF_FROM_IN = new Set(["of", "from", "in"]);

/** Letters a to z only, at least one. */
function asciiLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/** "formally", "strongly": lowercase letters ending in "ly", one at least before it. */
function lyAdverbShaped(text: string): boolean {
  return text.length > 2 && text.endsWith("ly") && asciiLowercase(text);
}

/** Preceded by a preposition ("talks with Harlan", "speaking for the Arab Group"), unless it is "analysts from X". */
export function afterPreposition(state: SummarizeState, s: Sentence, m: Mention): boolean {
  let k = m.t0 - 1;
  if (ARTICLES.has(s.tokens[k]?.low ?? "")) k--;
  const prev = s.tokens[k];
  if (!prev || !state.lex.words.prepositions.has(prev.low)) return false;
  // "after Kazakhstan said ...": a clause opens there, with the name as its subject.
  const next = s.tokens[m.t1];
  if (k === m.t0 - 1 && state.lex.words.clauseOpeners.has(prev.low) && next && !next.cap && (next.flags & WordFlag.VERB || state.lex.words.auxiliaries.has(next.low))) return false;
  const noun = s.tokens[k - 1]?.low ?? "";
  // "Conservation groups including WWF said": a member named for the many speaks for them.
  if (prev.low === "including" && noun.endsWith("s")) return false;
  return prev.low === "for" ? !state.lex.words.speaksForNouns.has(noun) : !state.lex.words.peopleNouns.has(noun);
}

export function possessive(s: Sentence, m: Mention): boolean {
  return s.tokens[m.t1]?.low === "'s" || s.tokens[m.t1]?.low === "'";
}

/** Followed by what a subject is followed by: an auxiliary, an adverb, a reporting verb, a verb-like word, an appositive. */
export function subjectLike(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (afterPreposition(state, s, m) || possessive(s, m)) return false;
  const { auxiliaries, adverbs, relativePronouns } = state.lex.words;
  let j = m.t1;
  // "Chief Ana Ode of the Harbour Nation said", "The embassy in Harare said": past what she is of, or where.
  if (OF_FROM_IN.has(s.tokens[j]?.low ?? "")) {
    const of = s.mentions.find((x) => x.t0 === j + 1 || (x.t0 === j + 2 && s.tokens[j + 1]!.low === "the"));
    if (of) j = of.t1;
  }
  // "the Association of Mobile Network Operators (AMNO) said": past its acronym.
  if (s.tokens[j]?.text === "(" && s.tokens[j + 2]?.text === ")") j += 3;
  while (j < s.tokens.length && (adverbs.has(s.tokens[j]!.low) || lyAdverbShaped(s.tokens[j]!.text))) j++;
  const t = s.tokens[j];
  if (!t) return false;
  if (auxiliaries.has(t.low) || relativePronouns.has(t.low) || t.text === ",") return true;
  if (t.flags & WordFlag.VERB && !t.cap) return true;
  // "Japanese officials met": a plain lowercase word after a name is most often its verb.
  return !t.cap && asciiLowercase(t.text) && !state.lex.words.prepositions.has(t.low) && !NOT_VERBS.has(t.low);
}

/** Token indexes inside quotation marks. */

/** Shared by every sentence without quotation marks: read, never written. */
const NONE = new Uint8Array(1024);

/** Is this what `quoted` gives a sentence without quotation marks, where no token is quoted? */
export function quotesNothing(inside: Uint8Array): boolean {
  return inside === NONE;
}

export function quoted(s: Sentence): Uint8Array {
  let inside = s.cache.quoted;
  if (inside) return inside;
  if (!s.quoteOpen && s.tokens.length <= NONE.length && s.text.indexOf('"') < 0 && s.text.indexOf("“") < 0) {
    s.cache.quoted = NONE;
    return NONE;
  }
  inside = new Uint8Array(s.tokens.length);
  s.cache.quoted = inside;
  const out = inside;
  // A quotation opened in an earlier sentence runs on until its closing mark.
  let open = s.quoteOpen;
  for (let i = 0; i < s.tokens.length; i++) {
    const text = s.tokens[i]!.text;
    if (text === "“" || (text === '"' && !open)) open = true;
    else if (text === "”" || (text === '"' && open)) open = false;
    else if (open) out[i] = 1;
  }
  return out;
}
