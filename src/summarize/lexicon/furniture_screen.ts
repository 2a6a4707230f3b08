// The first furniture pattern that takes a line, as ingest's matchBoilerplate finds it, with
// cheap screening tests run first. The start-anchored patterns of one set of flags are joined
// into a single alternation, which matches a line exactly when one of them does; a pattern that
// may match anywhere is screened by the words every match of it contains. Most lines are
// reporting, which the screens turn away, so their patterns are never run.
//   "Subscribe to get the latest posts." -> joined test passes -> subscribe_prompt (first in order)
//   "The union said it would strike."     -> joined test fails, no "cookie" -> no pattern is run
import type { BoilerplateRule } from "../../ingest/boilerplate.ts";

/** The cheap tests of a list of rules (see furnitureScreen). */
export type FurnitureScreen = Readonly<Screen>;

interface Screen {
  /** The rules' patterns when screened: a rule changed in place since makes a new screen. */
  patterns: RegExp[];
  /** One alternation per set of flags, of the patterns it can stand in for. */
  tests: RegExp[];
  /** Per rule: the index of its test in `tests`, or -1 when it is always run alone. */
  testOf: number[];
  /** Per rule run alone: a test of the words each of its matches contains, or null. */
  words: (RegExp | null)[];
}

const screens = new WeakMap<BoilerplateRule[], Screen>();

/** The first rule (in order, within its maxLength) whose pattern matches `line`, or null. */
export function firstFurniture(line: string, rules: BoilerplateRule[]): BoilerplateRule | null {
  return firstScreened(line, rules, furnitureScreen(rules));
}

/** The screen of `rules` as they are now: for many lines in a row, while no rule changes. */
export function furnitureScreen(rules: BoilerplateRule[]): FurnitureScreen {
  return screenOf(rules);
}

/** What firstFurniture finds, with the screen of `rules` as they are now. */
export function firstScreened(line: string, rules: BoilerplateRule[], screen: FurnitureScreen): BoilerplateRule | null {
  // Bits of the tests already run, and of those that matched.
  let ran = 0;
  let passed = 0;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    if (line.length > rule.maxLength) continue;
    const t = screen.testOf[k]!;
    if (t >= 0) {
      const bit = 1 << t;
      if (!(ran & bit)) {
        ran |= bit;
        if (screen.tests[t]!.test(line)) passed |= bit;
      }
      // The joined test failed, so none of its patterns can match.
      if (!(passed & bit)) continue;
    }
    // None of the words every match contains is there.
    else if (screen.words[k] && !screen.words[k]!.test(line)) continue;
    if (rule.re.test(line)) return rule;
  }
  return null;
}

function screenOf(rules: BoilerplateRule[]): Screen {
  let screen = screens.get(rules);
  if (!screen || !samePatterns(screen.patterns, rules)) screens.set(rules, (screen = buildScreen(rules)));
  return screen;
}

function samePatterns(patterns: RegExp[], rules: BoilerplateRule[]): boolean {
  if (patterns.length !== rules.length) return false;
  for (let k = 0; k < rules.length; k++) if (rules[k]!.re !== patterns[k]) return false;
  return true;
}

/** At most this many joined tests (one bit each); further sets of flags run alone. */
const MAX_TESTS = 30;

function buildScreen(rules: BoilerplateRule[]): Screen {
  const sources = new Map<string, { parts: string[]; members: number[] }>();
  for (let k = 0; k < rules.length; k++) {
    const re = rules[k]!.re;
    // g and y make a test depend on and move lastIndex, and m lets ^ match inside a line: those run alone.
    if (/[gymv]/.test(re.flags)) continue;
    const part = joinableSource(re.source);
    if (part === null) continue;
    let group = sources.get(re.flags);
    if (!group) {
      if (sources.size >= MAX_TESTS) continue;
      sources.set(re.flags, (group = { parts: [], members: [] }));
    }
    group.parts.push(part);
    group.members.push(k);
  }
  const testOf = rules.map(() => -1);
  const words = rules.map((r) => wordsTest(r.re));
  const tests: RegExp[] = [];
  for (const [flags, { parts, members }] of sources) {
    let joined: RegExp;
    try {
      joined = new RegExp(parts.map((p) => `(?:${p})`).join("|"), flags);
    } catch {
      continue;
    }
    for (const k of members) testOf[k] = tests.length;
    tests.push(joined);
  }
  return { patterns: rules.map((r) => r.re), tests, testOf, words };
}

/**
 * A pattern's source made fit to join an alternation: named groups become plain groups (names
 * may repeat across patterns). Null when joining could change what it matches (a backreference,
 * whose number or name would shift), and when a top-level alternative does not open with "^", or
 * opens with "^.": the joined test would try every position for an unanchored pattern, and every
 * length of "^.{0,200}", so such patterns are cheaper alone.
 */
export function joinableSource(source: string): string | null {
  let out = "";
  let depth = 0;
  let inClass = false;
  let atAlternative = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (atAlternative && !inClass && depth === 0) {
      if (c !== "^" || source[i + 1] === ".") return null;
      atAlternative = false;
    }
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "k" || (next >= "1" && next <= "9")) return null;
      out += c + next;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "(") {
      depth++;
      const name = /^\?<([^=!>][^>]*)>/.exec(source.slice(i + 1, i + 1 + 64));
      if (name) {
        out += "(";
        i += name[0].length;
      } else out += c;
    } else if (c === ")") {
      depth--;
      out += c;
    } else {
      if (c === "|" && depth === 0) atAlternative = true;
      out += c;
    }
  }
  return atAlternative ? null : out;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A test, with the pattern's own flags, for the strings one of which every match of it contains. */
function wordsTest(re: RegExp): RegExp | null {
  // g and y make a test depend on and move lastIndex: such a pattern is run as it is.
  if (/[gyv]/.test(re.flags)) return null;
  const words = requiredStrings(re.source);
  if (!words) return null;
  try {
    return new RegExp(words.map((w) => w.replace(REGEX_SPECIAL, "\\$&")).join("|"), re.flags);
  } catch {
    return null;
  }
}

/**
 * Strings one of which every match of the pattern contains, each compared as the pattern
 * compares its own letters: "\ball rights reserved\.?$" -> ["all rights reserved"],
 * "^.{0,9}(cookie (policy|settings)|accept (all )?cookies)" -> ["cookie ", "accept "].
 * Null when the pattern has no such strings or uses syntax this reading does not follow.
 */
export function requiredStrings(source: string): string[] | null {
  const reader = { source, at: 0, failed: false };
  const found = alternatives(reader);
  return reader.failed || reader.at !== source.length ? null : found;
}

interface Reader {
  source: string;
  at: number;
  /** Met syntax it does not follow: the whole reading is void. */
  failed: boolean;
}

/** A list of alternatives: each must give strings, and any of them may be the one matched. */
function alternatives(r: Reader): string[] | null {
  let all: string[] | null = sequence(r);
  while (!r.failed && r.source[r.at] === "|") {
    r.at++;
    const more = sequence(r);
    all = all && more ? [...all, ...more] : null;
  }
  return all;
}

/** Atoms in a row: the best of the strings its required runs of letters and groups give. */
function sequence(r: Reader): string[] | null {
  let best: string[] | null = null;
  let run = "";
  const offer = (words: string[] | null) => {
    if (words && words.length && words.every((w) => w.length > 0) && better(words, best)) best = words;
  };
  const endRun = () => {
    if (run) offer([run]);
    run = "";
  };
  while (!r.failed && r.at < r.source.length) {
    const c = r.source[r.at]!;
    if (c === "|" || c === ")") break;
    const atom = readAtom(r);
    if (r.failed) break;
    const min = readQuantifier(r);
    if (atom.kind === "char") {
      if (min === 1) run += atom.char;
      else {
        // "uses?": the run ends before an optional letter; "s+" ends the run after its first.
        if (min > 1) run += atom.char;
        endRun();
      }
    } else {
      endRun();
      if (atom.kind === "group" && min >= 1) offer(atom.words);
    }
  }
  endRun();
  return best;
}

/** Fewer strings to look for first, then the longer shortest string. */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  if (a.length !== b.length) return a.length < b.length;
  return Math.min(...a.map((w) => w.length)) > Math.min(...b.map((w) => w.length));
}

type Atom = { kind: "char"; char: string } | { kind: "group"; words: string[] | null } | { kind: "other" };

const CLASS_ESCAPES = "dDsSwWbBtnrfv";

function readAtom(r: Reader): Atom {
  const s = r.source;
  const c = s[r.at]!;
  const code = s.charCodeAt(r.at);
  r.at++;
  if (c === "\\") {
    const e = s[r.at] ?? "";
    r.at++;
    if (CLASS_ESCAPES.includes(e)) return { kind: "other" };
    if (/^[^A-Za-z0-9]$/.test(e) && !isSurrogate(e.charCodeAt(0))) return { kind: "char", char: e };
    r.failed = true; // \p{..}, \u...., \k<..>, backreferences, octal: not followed
    return { kind: "other" };
  }
  if (c === "[") {
    while (r.at < s.length && s[r.at] !== "]") r.at += s[r.at] === "\\" ? 2 : 1;
    if (r.at >= s.length) r.failed = true;
    r.at++;
    return { kind: "other" };
  }
  if (c === "(") {
    let keep = true;
    if (s[r.at] === "?") {
      const look = /^\?(?:=|!|<=|<!)/.exec(s.slice(r.at, r.at + 3));
      const name = /^\?<[A-Za-z_$][\w$]*>/.exec(s.slice(r.at, r.at + 64));
      if (s[r.at + 1] === ":") r.at += 2;
      else if (look) {
        keep = false;
        r.at += look[0].length;
      } else if (name) r.at += name[0].length;
      else r.failed = true;
    }
    const words = alternatives(r);
    if (s[r.at] !== ")") r.failed = true;
    r.at++;
    return { kind: "group", words: keep ? words : null };
  }
  if (c === "." || c === "^" || c === "$") return { kind: "other" };
  if ("*+?{}]".includes(c) || isSurrogate(code)) r.failed = true;
  return { kind: "char", char: c };
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** The least count of a quantifier after an atom (1 when there is none). */
function readQuantifier(r: Reader): number {
  const s = r.source;
  const c = s[r.at];
  let min = 1;
  if (c === "?" || c === "*") min = 0;
  else if (c === "+") min = 2;
  else if (c === "{") {
    const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(r.at, r.at + 24));
    if (!m) {
      r.failed = true;
      return 1;
    }
    const n = Number(m[1]);
    // {1} is no quantifier; {0,..} may skip the atom; more may repeat it: as "+" for a run.
    min = n === 1 && m[2] === undefined ? 1 : n === 0 ? 0 : 2;
    r.at += m[0].length - 1;
  } else return 1;
  r.at++;
  if (s[r.at] === "?") r.at++;
  return min;
}
