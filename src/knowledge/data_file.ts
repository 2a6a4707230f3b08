// The one reader of the project's knowledge files (ingest's boilerplate, the
// cluster's word lists, the summarizer's dictionaries): JSON objects with an
// "about" note saying what they cover; every fault names the file.
import { readFileSync } from "node:fs";

export class DataFileError extends Error {}

/** What is wrong with `file`, without the file name every message starts with. */
export const problemOf = (e: DataFileError, file: string): string => (e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message);

export type DataObject = Record<string, unknown>;

export const isObject = (v: unknown): v is DataObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parse a data file's text; `file` names it in every error. */
export function parseDataFile(json: string, file: string): DataObject {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new DataFileError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw)) throw new DataFileError(`${file}: must hold a JSON object`);
  if (typeof raw.about !== "string" || raw.about.trim() === "") throw new DataFileError(`${file}: needs an "about" note saying what it covers`);
  return raw;
}

export function readDataFile(file: string): DataObject {
  let json: string;
  try {
    json = readFileSync(file, "utf8");
  } catch (e) {
    throw new DataFileError(`${file}: cannot be read: ${(e as Error).message}`);
  }
  return parseDataFile(json, file);
}

// One word: letters and digits, with the dots and apostrophes of "u.s" and "don't".
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}.']*$/u;

/** A list of lower-case single words under `key`, checked; a fault names the file, the list and the word. */
export function wordList(data: DataObject, key: string, file: string): Set<string> {
  const v = data[key];
  if (!Array.isArray(v)) throw new DataFileError(`${file}: "${key}" must be a list of lower-case words`);
  const bad = v.find((w) => typeof w !== "string" || w !== w.toLowerCase() || !WORD.test(w));
  if (bad !== undefined) throw new DataFileError(`${file}: "${key}" holds ${JSON.stringify(bad)}, not a lower-case word`);
  return new Set(v as string[]);
}
