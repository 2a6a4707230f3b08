// A quick "none of these words" before a lookup: the lengths and first characters of some words.
//   new WordShapes([["Sorin", "Ode"]]).may("Smith")           -> true: "Sorin" has 5 letters and an "S"
//   new WordShapes([["Sorin", "Ode"]]).may("Sam")             -> false: no listed word of 3 letters opens with "S"
//   new WordShapes([["she", "woman"]]).may("Woman said", 0, 5) -> true: ASCII letters in either case
// A list of 32 numbers, so that a rule may build one per article for next to nothing.

/** Lengths told apart; from this one on, all are one. */
const LONG = 31;

export class WordShapes {
  /** For each length (LONG for LONG and more), bit c & 31 for each first character c of a word that long: an ASCII letter sets one bit in either case. */
  readonly #firstsByLength: number[] = new Array<number>(LONG + 1).fill(0);

  constructor(lists: Iterable<string>[]) {
    for (const list of lists)
      for (const w of list) this.#firstsByLength[Math.min(w.length, LONG)]! |= 1 << (w.charCodeAt(0) & 31);
  }

  /**
   * May text[from, to) be one of the words, or (ASCII letters being alike in either case) one of them
   * in another case? false when no word of its length has its first character (compared by its low
   * five bits); a first character past ASCII may always be one.
   */
  may(text: string, from = 0, to = text.length): boolean {
    const c = text.charCodeAt(from);
    if (c >= 128) return true;
    return ((this.#firstsByLength[Math.min(to - from, LONG)]! >>> (c & 31)) & 1) !== 0;
  }
}
