// The title that opens at a token ("Foreign Minister", "spokeswoman for"), with the cheap test first.
import { WordFlag } from "../lexicon/flags.ts";
import type { TrieMatch } from "../lexicon/trie.ts";
import type { TitleHit } from "../lexicon/types.ts";
import type { SummarizeState } from "../state.ts";
import type { Token } from "./tokens.ts";

/** The longest title opening at toks[i]: a word without the TITLE bit opens none (other tokens carry no bits, so they are asked). */
export function titleAt(state: SummarizeState, toks: Token[], i: number): TrieMatch<TitleHit> | null {
  const t = toks[i];
  if (t && t.word && !(t.flags & WordFlag.TITLE)) return null;
  return state.lex.titles.match(toks, i);
}
