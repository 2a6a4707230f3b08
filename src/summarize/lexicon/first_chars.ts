// The ASCII characters a match of an anchored pattern can begin with, read from its source,
// so a line is tried only against the patterns its first character can open:
//   "^(see also|read more)\b.*$" (i) -> s S r R
//   "^\(?(photo|video)" (i)          -> ( p P v V
//   "^\d+ comments"                  -> 0-9
//   "^.{0,9}cookies", "^\s*x"        -> null (any character may come first)
// A line whose first character is not ASCII is tried against every pattern: case folding
// may match it to an ASCII letter ("ſ" to "s" with the u flag).

/** Codes below 128 a match of `source` (each top-level alternative opening with "^") can begin with; null when unknown. */
export function firstChars(source: string, ignoreCase: boolean): Set<number> | null {
  const r: Reader = { source, at: 0, ignoreCase, failed: false };
  const first = alternatives(r);
  return r.failed || r.at !== source.length || first.nullable || first.any ? null : first.chars;
}

interface Reader {
  source: string;
  at: number;
  ignoreCase: boolean;
  /** Met syntax this reading does not follow: the answer is null. */
  failed: boolean;
}

interface First {
  chars: Set<number>;
  /** May begin with a character not in `chars`. */
  any: boolean;
  /** May match without taking a character. */
  nullable: boolean;
}

function alternatives(r: Reader): First {
  const out = sequence(r);
  while (!r.failed && r.source[r.at] === "|") {
    r.at++;
    const more = sequence(r);
    for (const c of more.chars) out.chars.add(c);
    out.nullable ||= more.nullable;
    out.any ||= more.any;
  }
  return out;
}

/** Atoms in a row: the first characters of each while those before it may take none. */
function sequence(r: Reader): First {
  const out: First = { chars: new Set(), any: false, nullable: true };
  while (!r.failed && r.at < r.source.length) {
    const c = r.source[r.at]!;
    if (c === "|" || c === ")") break;
    const atom = readAtom(r);
    if (r.failed) break;
    const optional = readQuantifier(r);
    if (!out.nullable) continue;
    for (const ch of atom.chars) out.chars.add(ch);
    out.any ||= atom.any;
    out.nullable = atom.nullable || optional;
  }
  return out;
}

const ANCHOR: First = { chars: new Set<number>(), any: false, nullable: true };
const ANY: First = { chars: new Set<number>(), any: true, nullable: false };
const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

function readAtom(r: Reader): First {
  const s = r.source;
  const c = s[r.at]!;
  r.at++;
  // Assertions take no character: the atoms after them are read too.
  if (c === "^" || c === "$") return ANCHOR;
  if (c === "\\") {
    const e = s[r.at] ?? "";
    r.at++;
    if (e === "b" || e === "B") return ANCHOR;
    if (e === "d") return { chars: new Set(DIGITS), any: false, nullable: false };
    if (/^[^A-Za-z0-9]$/.test(e)) return literal(r, e.charCodeAt(0));
    // A backreference may match nothing; \k<name> is one too.
    if ((e >= "1" && e <= "9") || e === "k") return fail(r);
    // \p{Lu}, \u{1F600}: past the braces.
    if ((e === "p" || e === "P" || e === "u") && s[r.at] === "{") {
      const close = s.indexOf("}", r.at);
      if (close < 0) return fail(r);
      r.at = close + 1;
    }
    return ANY;
  }
  if (c === "[") return readClass(r);
  if (c === "(") {
    let look = false;
    if (s.startsWith("?:", r.at)) r.at += 2;
    else if (/^\?(?:=|!|<=|<!)/.test(s.slice(r.at, r.at + 3))) {
      look = true;
      r.at += s[r.at + 1] === "<" ? 3 : 2;
    } else if (s[r.at] === "?") {
      const name = /^\?<[A-Za-z_$][\w$]*>/.exec(s.slice(r.at, r.at + 64));
      if (!name) return fail(r);
      r.at += name[0].length;
    }
    const inner = alternatives(r);
    if (s[r.at] !== ")") return fail(r);
    r.at++;
    // A lookaround takes no character: the atoms after it are read too.
    return look ? ANCHOR : inner;
  }
  if (c === ".") return ANY;
  if ("*+?{}]".includes(c)) return fail(r);
  return literal(r, c.charCodeAt(0));
}

/** A character as the pattern compares it: both cases of an ASCII letter under the i flag. */
function literal(r: Reader, code: number): First {
  const chars = new Set<number>();
  return addChar(r, chars, code) ? { chars, any: false, nullable: false } : ANY;
}

/** Adds the ASCII codes that match `code`; false when it is beyond ASCII and case folding may match it to an ASCII letter. */
function addChar(r: Reader, chars: Set<number>, code: number): boolean {
  if (code >= 128) return !r.ignoreCase;
  chars.add(code);
  if (r.ignoreCase && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) chars.add(code ^ 32);
  return true;
}

/** "[cC]", "[a-z.]": the characters listed; any character for a class with \s, \w, \p{..} or ^. */
function readClass(r: Reader): First {
  const s = r.source;
  const chars = new Set<number>();
  let any = s[r.at] === "^";
  while (r.at < s.length && s[r.at] !== "]") {
    let code = classChar(r);
    if (code < 0) {
      any = true;
      continue;
    }
    if (s[r.at] === "-" && r.at + 1 < s.length && s[r.at + 1] !== "]") {
      r.at++;
      const to = classChar(r);
      if (to < code) return fail(r);
      for (; code <= to; code++) if (!addChar(r, chars, code)) any = true;
    } else if (!addChar(r, chars, code)) any = true;
  }
  if (r.at >= s.length) return fail(r);
  r.at++;
  return any ? ANY : { chars, any: false, nullable: false };
}

/** The code of one class member, escaped punctuation included; -1 for an escape of a set or a code. */
function classChar(r: Reader): number {
  const s = r.source;
  let c = s[r.at]!;
  r.at++;
  if (c === "\\") {
    c = s[r.at] ?? "";
    r.at++;
    if (/^[^A-Za-z0-9]$/.test(c)) return c.charCodeAt(0);
    if ((c === "p" || c === "P" || c === "u") && s[r.at] === "{") r.at = Math.max(r.at, s.indexOf("}", r.at) + 1);
    return -1;
  }
  return c.charCodeAt(0);
}

/** Whether the quantifier after an atom (if any) lets it match zero times. */
function readQuantifier(r: Reader): boolean {
  const s = r.source;
  const c = s[r.at];
  let optional = false;
  if (c === "?" || c === "*") optional = true;
  else if (c === "+") optional = false;
  else if (c === "{") {
    const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(r.at, r.at + 24));
    if (!m) {
      r.failed = true;
      return false;
    }
    optional = Number(m[1]) === 0;
    r.at += m[0].length - 1;
  } else return false;
  r.at++;
  if (s[r.at] === "?") r.at++;
  return optional;
}

function fail(r: Reader): First {
  r.failed = true;
  return ANCHOR;
}
