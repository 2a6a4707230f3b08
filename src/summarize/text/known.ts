// Dictionary entities entering the state the first time an article names them,
// and whether a name stands for a place rather than an actor.
import type { Sentence, SummarizeState } from "../state.ts";
import { tokenAt } from "./at.ts";
import { WordFlag } from "../lexicon/flags.ts";

/** The dictionary's entity `key` enters the state; `info` is its entry when the caller looked it up already (DictSpan.info). */
export function ensureKnown(state: SummarizeState, key: string, info = state.lex.entities.get(key)): void {
  if (info) state.ensure(key, info.kind, info.name, true);
}

/** "talks in Brussels", "BONN, Germany —": where something happens, not who acts. */
export function asPlace(s: Sentence, t0: number, t1: number, metonym: boolean): boolean {
  const toks = s.tokens;
  if (t1 <= s.dateline) return true;
  if (metonym && toks[t1]?.low === "-based") return true;
  return toks[t1]?.low !== "'s" && placePrepositionBefore(toks, t0);
}

/** "in", "at" before t0, by the PLACE_PREPOSITION bit (the list holds words only, and only words carry bits). */
function placePrepositionBefore(toks: Sentence["tokens"], t0: number): boolean {
  return ((tokenAt(toks, t0 - 1)?.flags ?? 0) & WordFlag.PLACE_PREPOSITION) !== 0;
}
