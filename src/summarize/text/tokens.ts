// Word-level tokens with absolute offsets. Dictionaries are tokenized with the
// same function as articles, so a phrase matches whatever the punctuation.

export interface Token {
  text: string;
  /** Lowercase, curly apostrophes folded to "'". */
  low: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** A word or number (not punctuation). */
  word: boolean;
}

// Dotted abbreviations (U.S., U.K.), words with inner hyphens, dots or
// apostrophes (Lt.-Gen parts, pro-Russian, O'Brien), numbers with decimals or
// percent, then any other single non-space character.
const TOKEN_RE = /(?<![\p{L}\p{N}])['’‘]s\b|(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’‘.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S/gu;
const POSSESSIVE_RE = /['’‘]s$/i;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'");
}

/** Tokens of `text`; offsets are shifted by `base` so they point into the whole body. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m[0];
    const start = base + m.index;
    // "Russia's" -> "Russia" + "'s": the possessive marks who owns, not who acts.
    if (s.length > 2 && POSSESSIVE_RE.test(s)) {
      const head = s.slice(0, -2);
      out.push(make(head, start));
      out.push(make(s.slice(-2), start + head.length));
    } else out.push(make(s, start));
  }
  return out;
}

function make(text: string, start: number): Token {
  return { text, low: fold(text), start, end: start + text.length, cap: UPPER_RE.test(text), word: WORD_RE.test(text) };
}

/** Lowercase token strings of a dictionary phrase. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}
