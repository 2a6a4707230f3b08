// Reporting verbs and the subject before them.
import type { VerbHit } from "../lexicon/types.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { afterPreposition } from "./subject.ts";
import { WordFlag } from "../lexicon/flags.ts";

export interface VerbSpan {
  t0: number;
  t1: number;
  hit: VerbHit;
}

const verbCache = new WeakMap<Sentence, VerbSpan[]>();

/** Reporting verbs of the sentence (lowercase in the text, or opening a Title Case line). Computed once. */
export function verbSpans(state: SummarizeState, s: Sentence): VerbSpan[] {
  let spans = verbCache.get(s);
  if (spans) return spans;
  spans = [];
  const { verbs } = state.lex;
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cap && !s.titleCase && i > 0) continue;
    if (!(t.flags & WordFlag.VERB)) continue;
    const m = verbs.match(toks, i);
    if (!m) continue;
    spans.push({ t0: i, t1: m.end, hit: m.values[0]! });
    i = m.end - 1;
  }
  verbCache.set(s, spans);
  return spans;
}

const TIME_WORDS = /^(?:\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;

/**
 * Index just past the subject before the verb at `v`: skips auxiliaries,
 * adverbs, a date ("on Tuesday") and one appositive between commas
 * ("Keith Moor, the union's president, said"). -1 when the verb starts the clause.
 */
export function subjectEnd(state: SummarizeState, s: Sentence, v: number): number {
  const { auxiliaries, adverbs } = state.lex.words;
  const toks = s.tokens;
  let j = v - 1;
  let commas = 0;
  while (j >= 0) {
    const t = toks[j]!;
    if (auxiliaries.has(t.low) || adverbs.has(t.low) || (/ly$/.test(t.low) && !t.cap && t.low.length > 4)) j--;
    else if (TIME_WORDS.test(t.low) && (t.cap || /\d/.test(t.low))) {
      let k = j - 1;
      while (k >= 0 && TIME_WORDS.test(toks[k]!.low)) k--;
      if (k >= 0 && /^(?:on|last|this|in|early|late)$/.test(toks[k]!.low)) j = k - 1;
      else break;
    } else if (t.text === "," && s.mentions.some((m) => m.t1 === j && m.role === "actor" && !afterPreposition(state, s, m))) {
      // "..., retired General Keith Moor, said": the name right before the comma is the subject.
      j--;
      break;
    } else if (t.text === "," && commas === 0) {
      // One appositive: ", the union's president," -> look before the first comma.
      let k = j - 1;
      while (k >= 0 && j - k < 16 && toks[k]!.text !== "," && !/^[;:.“”"]$/.test(toks[k]!.text)) k--;
      if (k < 1 || toks[k]!.text !== ",") break;
      commas++;
      j = k - 1;
    } else break;
  }
  return j + 1;
}
