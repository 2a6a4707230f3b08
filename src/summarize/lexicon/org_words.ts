// The words an organisation's name shape is found by: head words ("Ministry", "Port" of "Port of
// Rotterdam") and company suffixes ("Inc.", and "Inc" without its dot).
import type { Lexicon } from "./types.ts";
import { shapeOf } from "../text/tokens.ts";

/** Head words and company suffixes, each dotted suffix also without its final dot, as written. */
export function orgWordsOf(lex: Lexicon): Set<string> {
  return new Set([...lex.orgHeads, ...lex.ofHeads, ...lex.orgSuffixes, ...dotlessSuffixes(lex)]);
}

/** The company suffixes written with a final dot, without it ("Inc." -> "Inc"). */
export function dotlessSuffixes(lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const x of lex.orgSuffixes) if (x.endsWith(".")) out.add(x.slice(0, -1));
  return out;
}

/**
 * The folded spellings (a token's `low`) of those words, which the ORG_WORD bit marks: a token
 * spelled as one of them carries the bit, when it is a word (see orgWordsMarked).
 */
export function orgWordSpellings(lex: Lexicon): string[] {
  return [...orgWordsOf(lex)].map((w) => shapeOf(w).low);
}

/** Every head word and suffix is a word (letters or digits first): a token spelled as one is a word, and so carries the ORG_WORD bit. */
export function orgWordsMarked(words: Iterable<string>): boolean {
  for (const w of words) if (!shapeOf(w).word) return false;
  return true;
}
