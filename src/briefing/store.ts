// The briefings folder: one pretty-printed JSON document per day
// (briefings/YYYY-MM-DD.json). Writes are atomic (a flushed temporary file in
// the same folder, then a rename) and skipped when the content would not
// change, so an unchanged day keeps its file untouched.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomicSync } from "../ingest/atomic.ts";
import type { Briefing } from "./types.ts";
import { validateBriefing } from "./validate.ts";

const NAME = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** A briefing file that cannot be used, named with the reason. */
export class BriefingFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function briefingFile(dir: string, date: string): string {
  return join(dir, `${date}.json`);
}

export function serializeBriefing(b: Briefing): string {
  return JSON.stringify(b, null, 2) + "\n";
}

export function readBriefing(file: string, date?: string): Briefing {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new BriefingFileError(file, `not readable as JSON (${(e as Error).message})`);
  }
  let b: Briefing;
  try {
    b = validateBriefing(raw);
  } catch (e) {
    throw new BriefingFileError(file, `not a briefing: ${(e as Error).message}`);
  }
  if (date && b.date !== date) throw new BriefingFileError(file, `holds the briefing of ${b.date}, not of ${date}`);
  return b;
}

/** Every briefing in the folder, oldest first; none when the folder does not exist. */
export function readBriefings(dir: string): Briefing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => NAME.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1]!)
    .sort()
    .map((date) => readBriefing(briefingFile(dir, date), date));
}

/** Write the day's briefing; false (and no write) when the file already holds exactly this. */
export function writeBriefing(dir: string, b: Briefing): boolean {
  const file = briefingFile(dir, b.date);
  try {
    validateBriefing(b);
  } catch (e) {
    throw new BriefingFileError(file, `refusing to write an invalid briefing: ${(e as Error).message}`);
  }
  const text = serializeBriefing(b);
  if (existsSync(file) && readFileSync(file, "utf8") === text) return false;
  writeFileAtomicSync(file, text);
  return true;
}
