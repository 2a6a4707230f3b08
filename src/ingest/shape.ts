// The shapes of short lines in plain text, by punctuation, length and capitals.
//   "Union believes the port should pay up"       -> headline-shaped (no final stop)
//   "Talks back on track?"                        -> heading-shaped (short question)
//   "Context:"                                    -> label
//   "Foreign Minister Anna Example"               -> name-shaped (a caption above a headline)
//   "Volkov said the talks would go on."          -> none: a sentence

import { readDataFile, wordList } from "../knowledge/data_file.ts";
import { dataPath } from "./data_path.ts";

const CLOSERS = /["'\u201D\u2019\u00BB)\]]+$/;
const BULLET = /^([•·▪◦*‣–—-]|\d{1,2}[.)])\s+/;

/** Words as a reader counts them. */
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** The last visible mark, looking through closing quotes and brackets. */
export function finalMark(s: string): string {
  return s.trim().replace(CLOSERS, "").slice(-1);
}

export const endsSentence = (s: string): boolean => /[.!…;,:]/.test(finalMark(s));
export const isQuestion = (s: string): boolean => finalMark(s) === "?";
export const isListItem = (s: string): boolean => BULLET.test(s);
export const stripBullet = (s: string): string => s.replace(BULLET, "");

const startsLikeTitle = (s: string): boolean => /^["'\u201C\u2018(]?[\p{Lu}\p{N}]/u.test(s);

/** A headline: a short line without a final stop that starts with a capital or digit. */
export function isHeadlineShaped(s: string): boolean {
  const n = words(s).length;
  if (n < 2 || s.length > 200 || endsSentence(s) || isListItem(s) || !startsLikeTitle(s)) return false;
  return isQuestion(s) ? n <= 15 : n <= 25;
}

/** A sub-heading inside the text: shorter still; ALL-CAPS lines may run a little longer. */
export function isHeadingShaped(s: string): boolean {
  if (!isHeadlineShaped(s) && !(words(s).length === 1 && startsLikeTitle(s) && !endsSentence(s))) return false;
  const n = words(s).length;
  const allCaps = s === s.toUpperCase() && /\p{Lu}/u.test(s);
  return n <= (allCaps ? 15 : 12);
}

/** "Context:", "Background:": a few words that introduce what follows. */
export function isLabel(s: string): boolean {
  return /:$/.test(s.trim()) && words(s).length <= 4 && startsLikeTitle(s);
}

const SHAPES_FILE = dataPath("text_shapes.json");
let nameJoiners: Set<string> | undefined;
const joiners = () => (nameJoiners ??= wordList(readDataFile(SHAPES_FILE), "nameJoiners", SHAPES_FILE));

/** A name alone, with or without a title: every word capitalised, no digits, no stop. */
export function isNameShaped(s: string): boolean {
  const ws = words(s);
  if (ws.length < 2 || ws.length > 7 || /\d/.test(s) || /[.!?:;,]$/.test(s)) return false;
  return ws.every((w) => /^[\p{Lu}]/u.test(w) || joiners().has(w)) && /^\p{Lu}/u.test(ws[0] ?? "");
}
