// The cluster stage's own word lists, data/words.json, read once by the project's
// data-file reader: a list that is not a list of lowercase words is an error naming
// the file, not a silent gap. Words the summarizer also needs come from its lexicon
// (see lexicon.ts).
import { fileURLToPath } from "node:url";
import { parseDataFile, readDataFile, wordList, type DataObject } from "../knowledge/data_file.ts";

export interface WordLists {
  stopwords: ReadonlySet<string>;
  stance: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  /** Demonstratives and the like that point back ("this", "such"); pronouns are the lexicon's. */
  anaphors: ReadonlySet<string>;
  firm: ReadonlySet<string>;
  hedged: ReadonlySet<string>;
}

const FILE = fileURLToPath(new URL("./data/words.json", import.meta.url));
const LISTS = ["stopwords", "stance", "subordinators", "anaphors", "firm", "hedged"] as const;

function listsOf(data: DataObject, file: string): WordLists {
  return Object.fromEntries(LISTS.map((key) => [key, wordList(data, key, file)])) as unknown as WordLists;
}

/** Word lists from the text of a words file; `file` names it in every error. */
export function parseWordLists(json: string, file: string): WordLists {
  return listsOf(parseDataFile(json, file), file);
}

let cached: WordLists | null = null;

export function wordLists(): WordLists {
  cached ??= listsOf(readDataFile(FILE), FILE);
  return cached;
}
