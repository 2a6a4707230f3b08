// What a regular expression's source says before it runs, for the boilerplate screen:
//   startsAnchored("^a|^b")                     -> true: the joined screen fails at once past the start
//   uncaptured("^from (?<source>.+)$")          -> "^from (?:.+)$": joins without clashing or capturing
//   requiredStrings("\\b(AFP/\\w+|Getty Images)$", "u") -> ["AFP/", "Getty Images"]: a text with neither cannot match
// startsAnchored only decides how a pattern is tested. The screen refuses texts by what the other
// two say, so they must keep to what the pattern matches: when in doubt, uncaptured leaves the
// source as written and requiredStrings promises nothing.

/**
 * Where the atom at source[i] ends: past an escape ("\\("), a whole class ("[)|]"), or the one
 * character. With the "u" flag (`unicode`), "\\p{L}", "\\u{1F600}" and "\\k<name>" are one escape
 * and a surrogate pair one character; without it, their braces and brackets are read as characters
 * of their own (a "\\k<name>" of a pattern with named groups is one escape there too, which only
 * this reading of atoms tells apart, not what the callers below decide).
 */
export function atomEnd(source: string, i: number, unicode: boolean): number {
  const c = source.charCodeAt(i);
  if (c === 92) return escapeEnd(source, i, unicode);
  if (unicode && c >= 0xd800 && c <= 0xdbff && isLowSurrogate(source.charCodeAt(i + 1))) return i + 2;
  if (c !== 91) return i + 1;
  let j = i + 1;
  for (; j < source.length && source[j] !== "]"; j++) if (source[j] === "\\") j++;
  return j + 1;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Past the escape at source[i]: hex digits and reference digits belong to it, and braces or brackets under "u". */
function escapeEnd(source: string, i: number, unicode: boolean): number {
  const c = source[i + 1];
  if (unicode && (c === "p" || c === "P" || c === "u") && source[i + 2] === "{") return closing(source, i + 3, "}");
  if (unicode && c === "k" && source[i + 2] === "<") return closing(source, i + 3, ">");
  if (c === "u" && /^[0-9a-fA-F]{4}/.test(source.slice(i + 2, i + 6))) return i + 6;
  if (c === "x" && /^[0-9a-fA-F]{2}/.test(source.slice(i + 2, i + 4))) return i + 4;
  if (c === "c" && /^[a-zA-Z]/.test(source[i + 2] ?? "")) return i + 3;
  if (c !== undefined && c >= "0" && c <= "9") {
    let j = i + 2;
    while (j < source.length && source[j]! >= "0" && source[j]! <= "9") j++;
    return j;
  }
  return Math.min(i + 2, source.length);
}

/** Past the first `close` from `from`, or the end of the source when there is none. */
function closing(source: string, from: number, close: string): number {
  const k = source.indexOf(close, from);
  return k < 0 ? source.length : k + 1;
}

/** Every top-level alternative opens with "^": a joined pattern then fails at once past the start. */
export function startsAnchored(source: string, unicode: boolean): boolean {
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < source.length; i = atomEnd(source, i, unicode)) {
    const c = source[i];
    if (atStart && c !== "^") return false;
    atStart = false;
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) atStart = true;
  }
  return !atStart;
}

/**
 * The pattern with each capturing group, "(" or "(?<name>", as a plain one "(?:"; escapes, classes
 * and lookarounds untouched. A pattern with a back reference ("\\1", "\\k<name>") comes back as
 * written: without its groups, the reference would name another group or none.
 */
export function uncaptured(source: string, unicode: boolean): string {
  let out = "";
  for (let i = 0; i < source.length; ) {
    if (backReferenceAt(source, i)) return source;
    const opened = captureOpening(source, i);
    if (opened > i) {
      out += "(?:";
      i = opened;
    } else {
      const end = atomEnd(source, i, unicode);
      out += source.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** "\\1" to "\\9" or "\\k<" at source[i]: a back reference (or, in a pattern without groups, what the engine may read so). */
export function backReferenceAt(source: string, i: number): boolean {
  if (source[i] !== "\\") return false;
  const c = source[i + 1] ?? "";
  return (c >= "1" && c <= "9") || (c === "k" && source[i + 2] === "<");
}

/** Past the opening of a capturing group at source[i] ("(", "(?<name>"), or -1 for anything else. */
function captureOpening(source: string, i: number): number {
  if (source[i] !== "(") return -1;
  if (source[i + 1] !== "?") return i + 1;
  if (source[i + 2] !== "<" || source[i + 3] === "=" || source[i + 3] === "!") return -1;
  const close = source.indexOf(">", i + 3);
  return close < 0 ? -1 : close + 1;
}

/** More strings than this are not worth a search each: the pattern is tested as it is. */
const MOST_STRINGS = 6;
/** Groups nested deeper than this are not read. */
const MOST_DEPTH = 64;

/**
 * Strings of which every text the pattern matches holds at least one ("\\ball rights reserved" ->
 * ["all rights reserved"]), or null when the source promises none: a text holding none of them is
 * refused by a few plain searches instead of a pattern scan at every character. Case-blind patterns
 * give null (their case folding is the engine's), as do patterns with the "v" flag (whose classes
 * nest), back references (Node 20's engine reads an astral character after "\\1" under "u" as its
 * low half alone) and anything this reading does not know.
 */
export function requiredStrings(source: string, flags: string): string[] | null {
  if (flags.includes("i") || flags.includes("v")) return null;
  const reader = new Reader(source, flags.includes("u"));
  try {
    const found = reader.disjunction();
    return reader.i === source.length ? found.need : null;
  } catch (e) {
    if (e instanceof Unread) return null;
    throw e;
  }
}

/** What one piece of a pattern promises of the text it matches. */
interface Claim {
  /** At least one of these is within the match; null: nothing known. */
  need: string[] | null;
  /** The piece always matches exactly this text (a literal, or a group of literals). */
  exact: string | null;
}

const NOTHING: Claim = { need: null, exact: null };
/** Read where it stands (lastIndex), however long its bounds. */
const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;
/** Characters that stand for themselves after a backslash. */
const SYNTAX = "^$\\.*+?()[]{}|/-";
/** Characters that never stand for themselves unescaped (or not always: "]", "{", "}"). */
const SPECIAL = "^$\\.*+?()[]{}|";

class Unread extends Error {}

/** A recursive reading of the pattern's syntax, alternatives, sequences, quantified atoms. */
class Reader {
  i = 0;
  /** Groups open around the current atom: past MOST_DEPTH the source is not read (the reading recurses). */
  depth = 0;
  constructor(
    readonly source: string,
    readonly unicode: boolean,
  ) {}

  /** Alternatives up to ")" or the end: each must promise something, and any of their strings will do. */
  disjunction(): Claim {
    const first = this.alternative();
    if (this.source[this.i] !== "|") return first;
    let need = first.need ? [...first.need] : null;
    while (this.source[this.i] === "|") {
      this.i++;
      const next = this.alternative().need;
      need = need && next ? [...new Set([...need, ...next])] : null;
      if (need && need.length > MOST_STRINGS) need = null;
    }
    return { need, exact: null };
  }

  /** Terms in sequence: every one matches, so the best promise among them holds for the whole. */
  alternative(): Claim {
    let run = "";
    let exact = true;
    let best: string[] | null = null;
    const consider = (need: string[] | null) => {
      if (need && !need.includes("") && better(need, best)) best = need;
    };
    while (this.i < this.source.length && this.source[this.i] !== "|" && this.source[this.i] !== ")") {
      const { piece, min, zeroWidth } = this.term();
      if (zeroWidth) continue;
      if (piece.exact !== null && min === null) {
        run += piece.exact;
        continue;
      }
      exact = false;
      if (run) consider([run]);
      run = "";
      if (min === null || min > 0) consider(piece.exact !== null ? [piece.exact] : piece.need);
    }
    if (run) consider([run]);
    return { need: best, exact: exact ? run : null };
  }

  /** One atom and its quantifier (min: its least count, null when it has none); assertions are zero-width. */
  term(): { piece: Claim; min: number | null; zeroWidth: boolean } {
    const s = this.source;
    const c = s[this.i]!;
    if (c === "^" || c === "$" || (c === "\\" && (s[this.i + 1] === "b" || s[this.i + 1] === "B"))) {
      this.i += c === "\\" ? 2 : 1;
      return { piece: NOTHING, min: null, zeroWidth: true };
    }
    let piece: Claim;
    // A lookaround reads text outside the match, or none of it: only its length is skipped.
    let lookaround = false;
    if (c === "(") {
      if (++this.depth > MOST_DEPTH) throw new Unread();
      lookaround = /^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4));
      this.i = this.groupStart();
      piece = this.disjunction();
      if (s[this.i] !== ")") throw new Unread();
      this.i++;
      this.depth--;
    } else if (c === "\\") {
      // "\\k" alone is a "k" without "u" and no named group; not worth telling apart.
      if (backReferenceAt(s, this.i) || s[this.i + 1] === "k") throw new Unread();
      const end = escapeEnd(s, this.i, this.unicode);
      piece = end === this.i + 2 && SYNTAX.includes(s[this.i + 1]!) ? { need: null, exact: s[this.i + 1]! } : NOTHING;
      this.i = end;
    } else {
      const end = atomEnd(s, this.i, this.unicode);
      piece = SPECIAL.includes(c) ? NOTHING : { need: null, exact: s.slice(this.i, end) };
      this.i = end;
    }
    QUANTIFIER.lastIndex = this.i;
    const q = QUANTIFIER.exec(s);
    if (!q) return { piece, min: null, zeroWidth: lookaround };
    this.i += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
    return { piece, min, zeroWidth: lookaround };
  }

  /** Past a group's opening: "(", "(?:", "(?<name>", "(?=", "(?!", "(?<=", "(?<!"; any other form is not read. */
  groupStart(): number {
    const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.i, this.i + 64))!;
    if (this.source[this.i + 1] === "?" && m[0].length === 1) throw new Unread();
    return this.i + m[0].length;
  }
}

/** Fewer strings to search for, then longer ones (the shortest of each set compared). */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  if (a.length !== b.length) return a.length < b.length;
  return shortest(a) > shortest(b);
}

function shortest(strings: string[]): number {
  return Math.min(...strings.map((x) => x.length));
}
