// Where an actor's name, title or group can open in each sentence, found once per article:
// the rules that look for them start only at these tokens instead of reading every token
// of every sentence, and each keeps its own test of the token.
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";

/**
 * Bits of the words an actor rule may start at in lowercase: a dictionary name's first word ("the" of
 * "the Americans"), a title or honorific ("minister"), a name word ("al-Harbi"), a group's first word or
 * a community noun ("critics", "people").
 */
export const OPENING_BITS = WordFlag.NAME | WordFlag.TITLE | WordFlag.HONORIFIC | WordFlag.NAME_WORD | WordFlag.COMMUNITY_NOUN | WordFlag.GROUP_OPENER;

/** Per article: for the sentence at each position of state.sentences, its openers' indices, in order. */
const byArticle = new WeakMap<SummarizeState, number[][]>();

/**
 * The indices of each sentence's openers, by the sentence's position in state.sentences: its capitalised
 * tokens (`tok.cap`) and those with an OPENING_BITS bit.
 */
export function openersOf(state: SummarizeState): number[][] {
  const sentences = state.sentences;
  let all = byArticle.get(state);
  // Sentences are only ever added: a list built before the last of them is built again.
  if (all && all.length === sentences.length) return all;
  all = sentences.map(openersInTokens);
  byArticle.set(state, all);
  return all;
}

/** The openers of one sentence of the article (read from its tokens should it not be among state.sentences). */
export function openersIn(state: SummarizeState, s: Sentence): number[] {
  // state.sentence() finds a sentence by its index the same way.
  const first = state.sentences[0];
  const k = first && first.index === -1 ? s.index + 1 : s.index;
  return state.sentences[k] === s ? openersOf(state)[k]! : openersInTokens(s);
}

function openersInTokens(s: Sentence): number[] {
  const toks = s.tokens;
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) if (toks[i]!.cap || toks[i]!.flags & OPENING_BITS) out.push(i);
  return out;
}

/** The position in `openers` of the first index at or after token `t` (openers.length when none is). */
export function firstOpenerFrom(openers: number[], t: number): number {
  let c = 0;
  while (c < openers.length && openers[c]! < t) c++;
  return c;
}
