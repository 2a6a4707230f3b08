// The first furniture pattern that takes a line, as ingest's matchBoilerplate finds it, with
// one screening test standing in for many: the start-anchored patterns of one set of flags are
// joined into a single alternation, which matches a line exactly when one of them does. Most
// lines are reporting, which that one test turns away, so their patterns are never run alone.
//   "Subscribe to get the latest posts." -> screen passes -> subscribe_prompt (first in order)
//   "The union said it would strike."     -> screen fails -> none of its patterns is run
import type { BoilerplateRule } from "../../ingest/boilerplate.ts";

interface Screen {
  /** For the rules array as it was when screened: its length. */
  size: number;
  /** One alternation per set of flags, of the patterns it can stand in for. */
  tests: RegExp[];
  /** Per rule: the index of its test in `tests`, or -1 when it is always run alone. */
  testOf: number[];
}

const screens = new WeakMap<BoilerplateRule[], Screen>();

/** The first rule (in order, within its maxLength) whose pattern matches `line`, or null. */
export function firstFurniture(line: string, rules: BoilerplateRule[]): BoilerplateRule | null {
  const screen = screenOf(rules);
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
    if (rule.re.test(line)) return rule;
  }
  return null;
}

function screenOf(rules: BoilerplateRule[]): Screen {
  let screen = screens.get(rules);
  if (!screen || screen.size !== rules.length) screens.set(rules, (screen = buildScreen(rules)));
  return screen;
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
  return { size: rules.length, tests, testOf };
}

/**
 * A pattern's source made fit to join an alternation: named groups become plain groups (names
 * may repeat across patterns). Null when joining could change what it matches (a backreference,
 * whose number or name would shift), and when a top-level alternative does not open with "^" and
 * a fixed character: the joined test would try every position for an unanchored pattern, and
 * every length of "^.{0,200}", so such patterns are cheaper alone.
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
