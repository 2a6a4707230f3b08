// Dictionary entities entering the state the first time an article names them,
// and whether a name stands for a place rather than an actor.
import type { Sentence, SummarizeState } from "../state.ts";
import { tokenAt } from "./at.ts";

export function ensureKnown(state: SummarizeState, key: string): void {
  const info = state.lex.entities.get(key);
  if (info) state.ensure(key, info.kind, info.name, true);
}

/** "talks in Brussels", "BONN, Germany —": where something happens, not who acts. */
export function asPlace(state: SummarizeState, s: Sentence, t0: number, t1: number, metonym: boolean): boolean {
  const toks = s.tokens;
  if (t1 <= s.dateline) return true;
  if (metonym && toks[t1]?.low === "-based") return true;
  return toks[t1]?.low !== "'s" && state.lex.words.placePrepositions.has(tokenAt(toks, t0 - 1)?.low ?? "");
}
