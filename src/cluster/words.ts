// The word lists of data/words.json, loaded once and checked: a list that is
// not a list of lowercase words is an error naming the file, not a silent gap.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface WordLists {
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  stance: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
}

const FILE = fileURLToPath(new URL("./data/words.json", import.meta.url));
const LISTS = ["stopwords", "abbreviations", "stance", "subordinators", "speechVerbs", "pronouns"] as const;

export function parseWordLists(raw: unknown, file: string): WordLists {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${file}: must hold a JSON object`);
  const obj = raw as Record<string, unknown>;
  if (typeof obj.note !== "string" || !obj.note.trim()) throw new Error(`${file}: needs a "note" saying where the lists come from`);
  const sets = {} as Record<(typeof LISTS)[number], Set<string>>;
  for (const key of LISTS) {
    const list = obj[key];
    if (!Array.isArray(list)) throw new Error(`${file}: "${key}" must be a list of words`);
    const bad = list.find((w) => typeof w !== "string" || w !== w.toLowerCase() || !/^[\p{L}\p{N}.']+$/u.test(w));
    if (bad !== undefined) throw new Error(`${file}: "${key}" holds ${JSON.stringify(bad)}, not a lowercase word`);
    sets[key] = new Set(list as string[]);
  }
  return sets;
}

let cached: WordLists | null = null;

export function wordLists(): WordLists {
  cached ??= parseWordLists(JSON.parse(readFileSync(FILE, "utf8")), FILE);
  return cached;
}
