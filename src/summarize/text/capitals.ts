// Where each sentence's capitalised tokens stand, found once per article: a
// body's name starts only at a capital, so the rules that look for names read
// these places alone.
import type { Sentence, SummarizeState } from "../state.ts";

/** Per article: for the sentence at each position of state.sentences, its capitalised tokens' indices, in order. */
const byArticle = new WeakMap<SummarizeState, number[][]>();

/** The indices of each sentence's capitalised tokens (`tok.cap`), by the sentence's position in state.sentences. */
export function capitalsOf(state: SummarizeState): number[][] {
  const sentences = state.sentences;
  let caps = byArticle.get(state);
  // Sentences are only ever added: a list built before the last of them is built again.
  if (caps && caps.length === sentences.length) return caps;
  caps = sentences.map(capitalsIn);
  byArticle.set(state, caps);
  return caps;
}

function capitalsIn(s: Sentence): number[] {
  const toks = s.tokens;
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) if (toks[i]!.cap) out.push(i);
  return out;
}

/** The position in `caps` of the first index at or after token `t` (caps.length when none is). */
export function firstCapitalFrom(caps: number[], t: number): number {
  let c = 0;
  while (c < caps.length && caps[c]! < t) c++;
  return c;
}
