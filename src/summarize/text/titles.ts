// The title that opens at a token ("Foreign Minister", "spokeswoman for"), with the cheap test first.
import { WordFlag } from "../lexicon/flags.ts";
import type { TrieMatch } from "../lexicon/trie.ts";
import type { TitleHit } from "../lexicon/types.ts";
import type { SummarizeState } from "../state.ts";
import type { Token } from "./tokens.ts";

/**
 * The longest title opening at toks[i]. Every title opens with a word (the loader checks), and a
 * token spelled as a title's first word carries the TITLE bit: a token without it opens none.
 */
export function titleAt(state: SummarizeState, toks: Token[], i: number): TrieMatch<TitleHit> | null {
  return (toks[i]?.flags ?? 0) & WordFlag.TITLE ? state.lex.titles.match(toks, i) : null;
}
