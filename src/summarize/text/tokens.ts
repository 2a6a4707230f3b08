// Word-level tokens, with their offsets kept beside them. Dictionaries are tokenized
// with the same function as articles, so a phrase matches whatever the punctuation.

/** What a token's text alone says about it: the same for every occurrence of the spelling. */
export interface WordShape {
  text: string;
  /** Lowercase, curly apostrophes folded to "'". */
  low: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** A word or number (not punctuation). */
  word: boolean;
  /** What the lexicon knows the word can begin (see WordFlag). */
  flags: number;
  /** `low`'s id among the words of dictionary phrases (lexicon/trie.ts), 0 for none; worked out on first use. */
  id: number;
  /** How many words had ids when `id` was worked out (-1: not yet): a 0 is asked again once more words have one. */
  idsSeen: number;
}

/**
 * A token is the shape of its spelling: read through a lexicon's table (Vocabulary), one object
 * shared by every occurrence, so a token costs a slot in its sentence's list and nothing of its
 * own. Where each one stands is kept beside the list (Sentence.offsets), for the few readers of
 * the text around a token; no rule may tell two occurrences apart by the object.
 */
export type Token = WordShape;

const LETTER_RE = /[\p{L}\p{M}]/u;
const ALNUM_RE = /[\p{L}\p{M}\p{N}]/u;
const DIGIT_RE = /\p{N}/u;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;

// Character classes by code, one table load each: ASCII filled in at the start, the rest by one
// Unicode test per code unit, remembered (curly quotes and dashes come back in every article).
function alnumAt(text: string, j: number): boolean {
  return (classesAt(text, j) & ALNUM) !== 0;
}
function digitAt(text: string, j: number): boolean {
  return (classesAt(text, j) & DIGIT) !== 0;
}
/** White space (as /\s/ tests one code unit) at text[j]. */
export function spaceAt(text: string, j: number): boolean {
  return (classesAt(text, j) & SPACE) !== 0;
}

const KNOWN = 1, LETTER = 2, ALNUM = 4, DIGIT = 8, SPACE = 16;
/** The class bits of each code unit, once tested (0: not yet). */
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) classesOf(String.fromCharCode(c), c);

function classesAt(text: string, j: number): number {
  const c = text.charCodeAt(j);
  return CLASSES[c] || classesOf(text[j]!, c);
}

/** The class bits of the code unit `ch` (code `c`), as the Unicode tests read it. */
function classesOf(ch: string, c: number): number {
  const bits = KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (ALNUM_RE.test(ch) ? ALNUM : 0) | (DIGIT_RE.test(ch) ? DIGIT : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
  // A position past the end (NaN) is tested each time and not remembered.
  if (c < 0x10000) CLASSES[c] = bits;
  return bits;
}
/** - ' ’ ‘ . inside a word */
function innerAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c === 45 || c === 39 || c === 46 || c === 8217 || c === 8216;
}
/** A double quotation mark, straight or curly: " “ ”. */
export function doubleQuoteAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c === 34 || c === 0x201c || c === 0x201d;
}

/** ' ’ ‘ */
function apostropheAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c === 39 || c === 8217 || c === 8216;
}

const CURLY_SINGLE = /[’‘]/;

/** Curly single quotes as straight ones ("don’t" -> "don't"); the replace only when there is one to replace. */
export function straightApostrophes(s: string): string {
  return CURLY_SINGLE.test(s) ? s.replace(/[’‘]/g, "'") : s;
}

export function fold(s: string): string {
  // A backtick is only ever a token of its own; curly apostrophes may sit inside words ("O’Brien", "’s").
  if (s.length === 1) return s === "’" || s === "‘" || s === "`" ? "'" : s.toLowerCase();
  const low = s.toLowerCase();
  // The replace is the costly part: only when a curly apostrophe is there.
  return CURLY_SINGLE.test(low) ? low.replace(/[’‘`]/g, "'") : low;
}

/**
 * Tokens of `text`. Words keep inner hyphens, dots and apostrophes (pro-Russian, O'Brien, Lt.-Gen parts);
 * dotted abbreviations keep their last dot (U.S.); numbers keep decimals and percent;
 * a possessive "'s" is its own token; anything else is one character.
 */
export function tokenize(text: string, table: SpellingTable = PLAIN): Token[] {
  return tokenizeSpan(flat(text), 0, text.length, table).tokens;
}

/**
 * A copy of `text` as a plain run of characters. Strings the engine keeps in other forms (the
 * two pieces of a joined string, a view into a longer one, the shared copy of a literal) would
 * add to the kinds of string the tokenizer and its callers meet: past a few kinds, every
 * character read there takes the engine's slow generic path. Articles and dictionary phrases
 * are copied once, before they are read.
 */
export function flat(text: string): string {
  return Buffer.from(text, "utf16le").toString("utf16le");
}

/** A span's tokens, and where token k stands: offsets[2k] and offsets[2k + 1], its start and end. */
export interface TokenizedSpan {
  tokens: Token[];
  offsets: number[];
}

/**
 * The tokens `tokenize` gives for text.slice(from, to), read in place in `text` (a sentence in
 * its body, without a copy of it to read), with their offsets into `text`.
 */
export function tokenizeSpan(text: string, from: number, to: number, table: SpellingTable = PLAIN): TokenizedSpan {
  found.n = 0;
  scan(text, from, to, table.shapeAt);
  const n = found.n;
  const tokens = found.tokens.slice(0, n);
  const offsets = found.offsets.slice(0, 2 * n);
  // Spelling shapes outside a lexicon may be views of a whole text: the scratch list lets go of them.
  if (table === PLAIN) found.tokens.fill(undefined!, 0, n);
  return { tokens, offsets };
}

/**
 * Where scan gathers a span's tokens and offsets, copied out at their exact length: lists grown
 * push by push copy themselves as they grow and end up to half empty.
 */
const found = { tokens: [] as Token[], offsets: [] as number[], n: 0 };

function add(shape: WordShape, i: number, j: number): void {
  const n = found.n;
  found.tokens[n] = shape;
  found.offsets[2 * n] = i;
  found.offsets[2 * n + 1] = j;
  found.n = n + 1;
}

/** Tokens of text[from, to) into `found`: no character at or past `to` decides a token. */
function scan(text: string, from: number, to: number, shape: ShapeAt): void {
  const n = to; // the span's end, where a text of its own would end
  let i = from;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const bits = classesAt(text, i);
    if (bits & SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    // A word's hash (hashSpan) is taken as its characters are read: the table then reads them once more only to compare.
    let h = Math.imul(HASH_BASIS ^ c0, HASH_PRIME);
    if (bits & LETTER) {
      for (;;) {
        while (j < n && alnumAt(text, j)) h = Math.imul(h ^ text.charCodeAt(j++), HASH_PRIME);
        if (j + 1 < n && innerAt(text, j) && alnumAt(text, j + 1)) {
          h = Math.imul(Math.imul(h ^ text.charCodeAt(j), HASH_PRIME) ^ text.charCodeAt(j + 1), HASH_PRIME);
          j += 2;
        } else break;
      }
      // "U.S." keeps its final dot: single letters joined by dots.
      if (j - i >= 3 && j < n && text.charCodeAt(j) === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(j - 2) === 46) {
        h = Math.imul(h ^ 46, HASH_PRIME);
        j++;
      }
      const last = text.charCodeAt(j - 1);
      // "Russia's" -> "Russia" + "'s": the possessive marks who owns, not who acts.
      if (j - i > 2 && (last === 115 || last === 83) && apostropheAt(text, j - 2)) {
        add(shape(text, i, j - 2, hashSpan(text, i, j - 2)), i, j - 2);
        add(shape(text, j - 2, j, hashSpan(text, j - 2, j)), j - 2, j);
      } else add(shape(text, i, j, sealHash(h, j - i)), i, j);
    } else if (bits & DIGIT) {
      for (;;) {
        while (j < n && digitAt(text, j)) j++;
        const c = text.charCodeAt(j);
        if (j + 1 < n && (c === 46 || c === 44 || c === 58) && digitAt(text, j + 1)) j += 2;
        else break;
      }
      if (j < n && text.charCodeAt(j) === 37) j++;
      add(shape(text, i, j, hashSpan(text, i, j)), i, j);
    } else if (apostropheAt(text, i) && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && !(i + 2 < n && alnumAt(text, i + 2))) {
      j = i + 2;
      add(shape(text, i, j, hashSpan(text, i, j)), i, j);
    } else {
      if (c0 >= 0xd800 && c0 <= 0xdbff) j++;
      if (j <= n) add(shape(text, i, j, j - i === 1 ? sealHash(h, 1) : hashSpan(text, i, j)), i, j);
      // A high surrogate ending the span alone is shaped, one past the end, as in the span's own text.
      else {
        const own = from === 0 && n === text.length ? text : text.slice(from, n);
        add(shape(own, i - from, j - from, hashSpan(own, i - from, j - from)), i, j);
      }
    }
    i = j;
  }
}

const HASH_BASIS = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** FNV-1a over the characters of text[i, j), its length mixed in last: how a spelling table keys a span. */
export function hashSpan(text: string, i: number, j: number): number {
  let h = HASH_BASIS;
  for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return sealHash(h, j - i);
}

function sealHash(h: number, length: number): number {
  return Math.imul(h ^ length, HASH_PRIME);
}

/** The shape of text[i, j), whose hashSpan is `hash`. */
type ShapeAt = (text: string, i: number, j: number, hash: number) => WordShape;

/** Shapes by span: a lexicon's table (Vocabulary) answers a spelling it has seen without copying the span. */
export interface SpellingTable {
  readonly shapeAt: ShapeAt;
}

/** No lexicon behind it: no flags. */
const PLAIN: SpellingTable = { shapeAt: (text, i, j) => shapeOf(text.slice(i, j)) };

/** The shape of a spelling with no lexicon behind it (no flags). */
export function shapeOf(text: string): WordShape {
  const c = text.charCodeAt(0);
  // ASCII first: most tokens never reach the Unicode property tests.
  const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(text);
  const word = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : WORD_RE.test(text);
  return { text, low: lowOf(text), cap, word, flags: 0, id: 0, idsSeen: -1 };
}

/** fold() for a token: plain ASCII (most words) needs no apostrophe search, and lowercase ASCII no copy. */
function lowOf(text: string): string {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return fold(text);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** Letters a to z only, at least one ("pork", not "state-owned" or "Danish"). */
export function asciiLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/** Are more than n of the tokens [a, b) words (not punctuation)? Read only until the answer is known. */
export function moreWordsThan(toks: readonly { word: boolean }[], a: number, b: number, n: number): boolean {
  let words = 0;
  for (let t = a; t < b; t++) if (toks[t]!.word && ++words > n) return true;
  return false;
}

/** Lowercase token strings of a dictionary phrase. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}
