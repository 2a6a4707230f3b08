// A quick "none of these words" before a lookup: the lengths and first characters of some words.
//   new WordShapes([["Sorin", "Ode"]]).may("Smith")           -> true (5 letters, "S")
//   new WordShapes([["Sorin", "Ode"]]).may("Lin")             -> false: no filed word is so
//   new WordShapes([["she", "woman"]]).may("Woman said", 0, 5) -> true: ASCII letters in either case
// Two numbers, so that a rule may build one per article for nothing.

export class WordShapes {
  /** Bit n for each length n (31 for 31 and longer). */
  #lengths = 0;
  /** Bit c & 31 for each first character c: an ASCII letter sets one bit in either case. */
  #firsts = 0;

  constructor(lists: Iterable<string>[]) {
    for (const list of lists)
      for (const w of list) {
        this.#lengths |= 1 << Math.min(w.length, 31);
        this.#firsts |= 1 << (w.charCodeAt(0) & 31);
      }
  }

  /**
   * May text[from, to) be one of the words, or (ASCII letters being alike in either case) one of them
   * in another case? false only when no word has its length and first character; past ASCII, true.
   */
  may(text: string, from = 0, to = text.length): boolean {
    const c = text.charCodeAt(from);
    if (c >= 128) return true;
    return ((this.#lengths >>> Math.min(to - from, 31)) & 1) !== 0 && ((this.#firsts >>> (c & 31)) & 1) !== 0;
  }
}
