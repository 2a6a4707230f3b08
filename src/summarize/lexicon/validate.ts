// Shape checks for dictionary files: every problem names the file, the entry
// and what is wrong, so an operator can fix their own dictionary unaided.
import { LexiconError } from "./types.ts";
import { WORD_LIST_SECTIONS } from "./words.ts";

type Json = Record<string, unknown>;

export class Checker {
  constructor(readonly file: string) {}

  fail(where: string | null, problem: string): never {
    throw new LexiconError(this.file, where, problem);
  }

  object(v: unknown, where: string | null): Json {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(where, "must be a JSON object");
    return v as Json;
  }

  string(obj: Json, key: string, where: string, optional = false): string | undefined {
    const v = obj[key];
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string" || v.trim() === "") this.fail(where, `"${key}" must be a non-empty string`);
    return v;
  }

  strings(obj: Json, key: string, where: string | null, optional = true): string[] {
    const v = obj[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) this.fail(where, `"${key}" must be a list of strings`);
    v.forEach((x, i) => {
      if (typeof x !== "string" || x.trim() === "") this.fail(where, `"${key}"[${i}] must be a non-empty string`);
    });
    return v as string[];
  }

  list(obj: Json, key: string): Json[] {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(null, `"${key}" must be a list`);
    return v.map((x, i) => this.object(x, `${key}[${i}]`));
  }

  oneOf<T extends string>(obj: Json, key: string, allowed: readonly T[], where: string, fallback?: T): T {
    const v = obj[key] ?? fallback;
    if (!allowed.includes(v as T)) this.fail(where, `"${key}" must be one of ${allowed.join(", ")} (got ${JSON.stringify(obj[key])})`);
    return v as T;
  }
}

/** Sections a dictionary file may hold; anything else is a typo worth reporting. */
export const KNOWN_SECTIONS = new Set([
  "about", "entries", "titles", "modifiers", "honorifics", "verbs", "stances", "nouns", "cues", "collectives",
  "heads", "lone_heads", "leading_heads", "of_heads", "company_heads", "suffixes", "connectors", "media_heads", "documents", "events", "kind_nouns", "kind_suffixes", "company_nouns", "government_descriptors", "generic", "line_starts",
  ...WORD_LIST_SECTIONS,
]);
