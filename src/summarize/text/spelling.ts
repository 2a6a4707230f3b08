// One key for the spellings of a transliterated name: Sergei/Sergey,
// Petrenskiy/Petrensky/Petrenskyy, Kiev/Kyiv, Dmitri/Dmitry, Youssef/Yusef
// fold together; longer names that differ in one vowel (Mammadov/Mamedov,
// Yousif/Youssef) are the same spelling too.

/** The fold of a name (see above): accents, case, apostrophes and hyphens go; y is i, ie is i, ou and oo are u, ph is f; a letter doubled is one. */
export function spellingFold(name: string): string {
  return asciiFold(name) ?? unicodeFold(name);
}

function unicodeFold(name: string): string {
  const folded = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘'-]/g, "")
    .replace(/y/g, "i")
    .replace(/ie/g, "i")
    .replace(/ou|oo/g, "u")
    .replace(/ph/g, "f");
  return oneOfEachLetterRun(folded);
}

const LETTER = /\p{L}/u;

/**
 * One letter of each run of it, as name.replace(/(\p{L})\1+/gu, "$1") gives, by a walk over the
 * code points: the pattern's backtracking overflows the stack on a run of some million letters.
 */
function oneOfEachLetterRun(name: string): string {
  let out = "";
  let prev = "";
  for (const ch of name) {
    if (ch === prev && LETTER.test(ch)) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

/** The character codes asciiFold works on. */
const codes = new Uint16Array(256);

/**
 * unicodeFold's steps for a name of ASCII characters alone (null for any other): NFD leaves ASCII
 * as it is and finds no marks, and case and the dropped characters are one character each. A name
 * with nothing to drop or fold once lowercased (no "'", "-" or "y", no "ie", "ou", "oo" or "ph",
 * no letter twice in a row) is its lowercase; any other is folded one step at a time over its
 * character codes, each pair replaced left to right as the global patterns replace them.
 */
function asciiFold(name: string): string | null {
  const n = name.length;
  let plain = true;
  for (let i = 0, prev = 0; i < n; i++) {
    let k = name.charCodeAt(i);
    if (k > 127) return null;
    if (k >= 65 && k <= 90) k += 32;
    if (plain && foldsAt(prev, k)) plain = false;
    prev = k;
  }
  if (plain) return name.toLowerCase();
  // The shared buffer serves names of usual length; a longer one gets its own, which goes with it.
  const c = n <= codes.length ? codes : new Uint16Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) {
    let k = name.charCodeAt(i);
    if (k === APOSTROPHE || k === HYPHEN) continue;
    if (k >= 65 && k <= 90) k += 32;
    c[w++] = k === Y ? I : k;
  }
  w = replacePairs(c, w, I, E, E, I);
  w = replacePairs(c, w, O, U, O, U);
  w = replacePairs(c, w, P, H, H, F);
  w = oneOfEachRun(c, w);
  let out = "";
  for (let i = 0; i < w; i++) out += String.fromCharCode(c[i]!);
  return out;
}

/** Would a step of the fold change the lowercase character k, or k after prev (0 at the start)? */
function foldsAt(prev: number, k: number): boolean {
  if (k === APOSTROPHE || k === HYPHEN || k === Y) return true;
  if (k === prev) return k >= 97 && k <= 122;
  return (prev === I && k === E) || (prev === O && (k === U || k === O)) || (prev === P && k === H);
}

const APOSTROPHE = 39, HYPHEN = 45, E = 101, F = 102, H = 104, I = 105, O = 111, P = 112, U = 117, Y = 121;

/** Replace each `first` followed by `second` or `or` with `by`, left to right, in codes [0, n); the new length. */
function replacePairs(c: Uint16Array, n: number, first: number, second: number, or: number, by: number): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    const k = c[r]!;
    if (k === first && r + 1 < n && (c[r + 1] === second || c[r + 1] === or)) {
      c[w++] = by;
      r++;
    } else c[w++] = k;
  }
  return w;
}

/** Keep one letter (a-z: the only ASCII letters left once lowercased) of each run of it in codes [0, n); the new length. */
function oneOfEachRun(c: Uint16Array, n: number): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    const k = c[r]!;
    c[w++] = k;
    if (k >= 97 && k <= 122) while (r + 1 < n && c[r + 1] === k) r++;
  }
  return w;
}

/** A name to be compared with many: folded once, when first compared. */
export class Spelling {
  #fold: string | undefined;
  #consonant: number | undefined;

  constructor(readonly name: string) {}

  get fold(): string {
    return (this.#fold ??= spellingFold(this.name));
  }

  /**
   * The fold's first character that is no vowel (a, e, i, o, u; its code), or NONE when it has none:
   * read from the name where foldConsonant can, and UNREAD for a name it cannot read.
   */
  get consonant(): number {
    if (this.#consonant === undefined) this.#consonant = this.#fold === undefined ? foldConsonant(this.name) : firstConsonant(this.#fold);
    return this.#consonant;
  }

  /** Same fold, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
  same(other: Spelling): boolean {
    // One name has one fold: the same name needs neither folded.
    if (this.name === other.name) return true;
    // Folds with the same consonants have the same first one: two different first consonants need no folding.
    const a = this.consonant, b = other.consonant;
    if (a !== b && a !== UNREAD && b !== UNREAD) return false;
    return sameFold(this.fold, other.fold);
  }
}

/** No consonant in the fold; a fold foldConsonant cannot read unfolded. */
const NONE = -1, UNREAD = -2;

function firstConsonant(fold: string): number {
  for (let i = 0; i < fold.length; i++) if (!isVowel(fold.charCodeAt(i))) return fold.charCodeAt(i);
  return NONE;
}

/**
 * The first consonant of an ASCII name's fold, read from the name (UNREAD for a name with any other
 * character: unicodeFold's). Past "'" and "-", lowercase, "y" is the vowel "i"; the fold's pairs "ie",
 * "ou", "oo" are vowels that leave the consonants as they stand, and doubled letters fold into one of
 * them, so the first consonant is the name's first, but "f" for a "p" followed by "h".
 */
function foldConsonant(name: string): number {
  let first = NONE, read = false;
  for (let i = 0; i < name.length; i++) {
    let k = name.charCodeAt(i);
    if (k > 127) return UNREAD;
    if (read || k === APOSTROPHE || k === HYPHEN) continue;
    if (k >= 65 && k <= 90) k += 32;
    if (first === P) {
      // The character after the "p" says whether it is an "f".
      if (k === H) first = F;
      read = true;
    } else if (k !== Y && !isVowel(k)) {
      first = k;
      read = k !== P;
    }
  }
  return first;
}

/** The spellings of an article's names, one per name, so that each is folded once for the article. */
export class Spellings {
  readonly #byName = new Map<string, Spelling>();

  of(name: string): Spelling {
    let spelling = this.#byName.get(name);
    if (!spelling) this.#byName.set(name, (spelling = new Spelling(name)));
    return spelling;
  }

  /** Spelling.same, folding each name once for all the comparisons asked of these spellings. */
  same(a: string, b: string): boolean {
    return this.of(a).same(this.of(b));
  }
}

/** Two folds of one spelling: equal, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
function sameFold(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 5 || Math.abs(fa.length - fb.length) > 1) return false;
  return sameConsonants(fa, fb) && oneEdit(fa, fb);
}

/** The two folds without their vowels (a, e, i, o, u) are the same. */
function sameConsonants(a: string, b: string): boolean {
  let i = 0, j = 0;
  for (;;) {
    while (i < a.length && isVowel(a.charCodeAt(i))) i++;
    while (j < b.length && isVowel(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** True when two words differ by at most one insertion, deletion or substitution. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

/** How many words nameWords gives, counted without splitting: the runs of characters other than a space. */
export function wordCount(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== 32 && (i === 0 || name.charCodeAt(i - 1) === 32)) n++;
  return n;
}

/** Words of a person's name, as its spaces part them (name.split(" ") without the empty strings). */
export function nameWords(name: string): string[] {
  // One call on the name: names come as many kinds of string, and a method looked up on them at
  // every word would take the engine's slow generic path each time.
  const words = name.split(" ");
  return words.includes("") ? words.filter((w) => w !== "") : words;
}
