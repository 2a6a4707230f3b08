// A cheap test before a Set or Map lookup on a token's text: a bitmap over a word's
// length and its first and last char codes. Three reads answer "certainly not one of
// these words" for most tokens; a word of the list always finds its slot set.

const SLOTS = 4096;

/** 1 at the slot of each word of a list. */
export type WordBitmap = Uint8Array;

export function wordBitmap(words: Iterable<string>): WordBitmap {
  const map = new Uint8Array(SLOTS);
  for (const w of words) map[slotOf(w)] = 1;
  return map;
}

/** False only for a word the list cannot hold. */
export function mayHold(map: WordBitmap, word: string): boolean {
  return map[slotOf(word)] !== 0;
}

function slotOf(word: string): number {
  const n = word.length;
  // An empty word reads NaN, which folds to slot 0 on both sides.
  return (n * 961 + word.charCodeAt(0) * 31 + word.charCodeAt(n - 1)) & (SLOTS - 1);
}
