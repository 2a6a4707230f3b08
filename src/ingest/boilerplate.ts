// Paragraphs that are not the article, from the patterns in data/boilerplate.json; the
// summarizer skips sentences by the same patterns (rule skip_boilerplate).
//   "See also Ferry fares to rise in spring"       -> dropped (see_also)
//   "Discover more from Example Daily | News"      -> dropped, source "Example Daily"
//   "Leave a Reply" + everything after             -> dropped (comment_form, rest)
//   "Volkov said the talks would resume."          -> kept
import { DataFileError, isObject, parseDataFile, readDataFile, type DataObject } from "../knowledge/data_file.ts";
import { dataPath } from "./data_path.ts";
import { backReferenceAt, requiredStrings, startsAnchored, uncaptured } from "./pattern_source.ts";

export interface BoilerplateRule {
  name: string;
  re: RegExp;
  /** Drop everything after a match as well. */
  rest: boolean;
  /** Longer paragraphs are never boilerplate under this rule. */
  maxLength: number;
}

export const DEFAULT_BOILERPLATE_FILE = dataPath("boilerplate.json");
const DEFAULT_MAX_LENGTH = 300;

function ruleOf(entry: unknown, i: number, file: string, seen: Set<string>): BoilerplateRule {
  const where = (name?: unknown) => `${file}: patterns[${i}]${typeof name === "string" ? ` "${name}"` : ""}`;
  if (!isObject(entry)) throw new DataFileError(`${where()}: must be an object`);
  const { name, pattern, flags = "", rest = false, maxLength = DEFAULT_MAX_LENGTH, examples } = entry;
  if (typeof name !== "string" || !/^[a-z][a-z0-9_]*$/.test(name)) throw new DataFileError(`${where(name)}: "name" must be a snake_case string`);
  if (seen.has(name)) throw new DataFileError(`${where(name)}: the name is used twice`);
  seen.add(name);
  if (typeof pattern !== "string" || pattern === "") throw new DataFileError(`${where(name)}: "pattern" must be a non-empty string`);
  if (typeof flags !== "string" || !/^[imsu]*$/.test(flags)) throw new DataFileError(`${where(name)}: "flags" may only hold i, m, s, u`);
  if (typeof rest !== "boolean") throw new DataFileError(`${where(name)}: "rest" must be true or false`);
  if (typeof maxLength !== "number" || maxLength <= 0) throw new DataFileError(`${where(name)}: "maxLength" must be a positive number`);
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    throw new DataFileError(`${where(name)}: invalid regular expression: ${(e as Error).message}`);
  }
  if (!Array.isArray(examples) || examples.length === 0 || examples.some((x) => typeof x !== "string"))
    throw new DataFileError(`${where(name)}: "examples" must be a non-empty list of strings`);
  for (const ex of examples as string[])
    if (!re.test(ex)) throw new DataFileError(`${where(name)}: the pattern does not match its own example "${ex}"`);
  return { name, re, rest, maxLength };
}

/** Validate and compile a boilerplate file; any fault names the file and the entry. */
export function parseBoilerplate(json: string, file: string): BoilerplateRule[] {
  return rulesOf(parseDataFile(json, file), file);
}

function rulesOf(raw: DataObject, file: string): BoilerplateRule[] {
  if (!Array.isArray(raw.patterns)) throw new DataFileError(`${file}: "patterns" must be a list`);
  const seen = new Set<string>();
  return raw.patterns.map((entry, i) => ruleOf(entry, i, file, seen));
}

const cache = new Map<string, BoilerplateRule[]>();

export function loadBoilerplate(file = DEFAULT_BOILERPLATE_FILE): BoilerplateRule[] {
  let rules = cache.get(file);
  if (!rules) {
    rules = rulesOf(readDataFile(file), file);
    cache.set(file, rules);
  }
  return rules;
}

export interface BoilerplateMatch {
  rule: BoilerplateRule;
  /** The outlet's name when the pattern captures one ("Discover more from X | tagline" -> "X"). */
  source: string | null;
}

export function matchBoilerplate(paragraph: string, rules: readonly BoilerplateRule[]): BoilerplateMatch | null {
  for (const rule of rules) {
    if (paragraph.length > rule.maxLength) continue;
    const m = rule.re.exec(paragraph);
    if (!m) continue;
    const captured = m.groups?.source?.split(/\s+[|–—-]\s+/)[0]?.trim();
    return { rule, source: captured || null };
  }
  return null;
}

/** matchBoilerplate over a list that no longer changes, for many texts: the list's screen is built once. */
export type BoilerplateMatcher = (text: string) => BoilerplateMatch | null;

export function boilerplateMatcher(rules: readonly BoilerplateRule[]): BoilerplateMatcher {
  const screen = new Screen(rules);
  return (text) => (screen.mayMatch(text) ? matchBoilerplate(text, rules) : null);
}

/**
 * A quick "no pattern can match" for the usual paragraph: the patterns anchored at the start,
 * joined by flags into one alternation each, and the others on their own, all as copies without
 * the "g" and "y" flags (whose lastIndex would carry state from one test to the next) and without
 * captures (the screen reads no group, and past some sixty groups in one pattern the engine
 * leaves its fast path for every test). The alternation matches whenever one of its patterns
 * does, so a text it refuses is refused by every pattern, and a text longer than every rule's
 * limit by every rule; a text it takes goes through the rules in order, with their length limits.
 */
class Screen {
  readonly #joined: RegExp[] = [];
  readonly #single: Single[] = [];
  readonly #longest: number;

  constructor(rules: readonly BoilerplateRule[]) {
    this.#longest = Math.max(0, ...rules.map((r) => r.maxLength));
    const anchored = new Map<string, string[]>();
    for (const { re } of rules) {
      const flags = re.flags.replace(/[gy]/g, "");
      const unicode = flags.includes("u");
      // A back reference needs its group: such a pattern stays alone, as written, as does one with
      // the "v" flag (whose classes nest). Any other anchored pattern joins with its groups as plain
      // ones, so that group names cannot clash.
      if (flags.includes("v") || !startsAnchored(re.source, unicode) || hasBackReference(re.source)) this.#single.push(single(re.source, flags));
      else (anchored.get(flags) ?? anchored.set(flags, []).get(flags)!).push(uncaptured(re.source, unicode));
    }
    for (const [flags, sources] of anchored) {
      try {
        this.#joined.push(new RegExp(sources.map((src) => `(?:${src})`).join("|"), flags));
      } catch {
        for (const src of sources) this.#single.push(single(src, flags));
      }
    }
  }

  mayMatch(text: string): boolean {
    if (text.length > this.#longest) return false;
    for (const re of this.#joined) if (re.test(text)) return true;
    for (const { re, needs } of this.#single) if ((needs === null || holdsAny(text, needs)) && re.test(text)) return true;
    return false;
  }
}

/**
 * A pattern tested on its own: one not anchored at the start (which the engine tries at every
 * character), one with a back reference or the "v" flag, or one whose joined group failed to
 * compile. A text without any of the strings it needs ("/" or "Getty Images" for an agency's photo
 * credit) is refused by plain searches first.
 */
interface Single {
  re: RegExp;
  needs: string[] | null;
}

function single(source: string, flags: string): Single {
  return { re: new RegExp(source, flags), needs: requiredStrings(source, flags) };
}

function hasBackReference(source: string): boolean {
  for (let i = source.indexOf("\\"); i >= 0; i = source.indexOf("\\", i + 2)) if (backReferenceAt(source, i)) return true;
  return false;
}

function holdsAny(text: string, strings: readonly string[]): boolean {
  for (const s of strings) if (text.includes(s)) return true;
  return false;
}
