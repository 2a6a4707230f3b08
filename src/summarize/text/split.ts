// Sentence boundaries inside one line of text. A line never continues into the
// next: headlines, captions and paragraphs each stand alone.
import type { WordLists } from "../lexicon/types.ts";

const END = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["'“‘(\[«]/;

/** [start, end) offsets of the sentences of `line`. */
export function splitLine(line: string, words: WordLists): [number, number][] {
  const out: [number, number][] = [];
  let start = skipSpace(line, 0);
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    if (!END.test(ch) || depth > 0) continue;
    let j = i + 1;
    while (j < line.length && (END.test(line[j]!) || CLOSERS.test(line[j]!))) j++;
    if (j >= line.length || !/\s/.test(line[j]!)) continue;
    const k = skipSpace(line, j);
    if (k >= line.length) break;
    if (!startsSentence(line, k)) continue;
    if (ch === "." && j === i + 1 && isAbbreviation(line, i, k, words)) continue;
    out.push([start, trimEnd(line, j)]);
    start = k;
    i = k - 1;
  }
  if (start < line.length) out.push([start, trimEnd(line, line.length)]);
  return out.filter(([a, b]) => b > a);
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

function trimEnd(s: string, j: number): number {
  while (j > 0 && /\s/.test(s[j - 1]!)) j--;
  return j;
}

function startsSentence(line: string, k: number): boolean {
  let c = line[k]!;
  if (OPENERS.test(c) && k + 1 < line.length) c = line[k + 1]!;
  return /[\p{Lu}\p{N}"“‘'(]/u.test(c);
}

/** The word ending at the dot at `dot` is an abbreviation that does not end the sentence. */
function isAbbreviation(line: string, dot: number, next: number, words: WordLists): boolean {
  let b = dot;
  while (b > 0 && /[\p{L}.\-]/u.test(line[b - 1]!)) b--;
  const word = line.slice(b, dot + 1).toLowerCase();
  const last = word.slice(word.lastIndexOf("-") + 1);
  // A single capital with a dot is an initial ("J. Smith"), unless it is the pronoun I.
  if (/^\p{Lu}\.$/u.test(line.slice(b, dot + 1)) && line.slice(b, dot + 1) !== "I.") return true;
  const known = words.abbreviations.has(word) || words.abbreviations.has(last);
  if (!known) return false;
  // "... under the U.S. The talks": a dotted acronym still ends a sentence before a usual opener.
  if (/^(?:\p{L}\.){2,}$/u.test(word)) {
    const m = /^[\p{L}']+/u.exec(line.slice(next));
    return !(m && words.sentenceStarters.has(m[0].toLowerCase()));
  }
  return true;
}
