// Whether a sentence can hold a given word, from the WordFlag bits of its tokens:
// a cheap test before a loop that looks for that word.
import type { Lexicon } from "../lexicon/types.ts";
import type { Sentence } from "../state.ts";

/**
 * False only when no token of the sentence can be spelled `low`: every such token carries the bits
 * the lexicon gives `low`, and the sentence has none of them. A word with no bits may be anywhere.
 */
export function sentenceMayHold(lex: Lexicon, s: Sentence, low: string): boolean {
  const bits = lex.vocabulary.flags.get(low) ?? 0;
  return bits === 0 || (s.flags & bits) !== 0;
}
