// Sentence boundaries inside one line of text. A line never continues into the
// next: headlines, captions and paragraphs each stand alone.
import type { WordLists } from "../lexicon/types.ts";

const BOUNDARY = /([.!?…][.!?…"'”’)\]»]*)(\s+)/g;
const OPENERS = /["'“‘(\[«]/;

/** [start, end) offsets of the sentences of `line`. */
export function splitLine(line: string, words: WordLists): [number, number][] {
  const out: [number, number][] = [];
  let start = skipSpace(line, 0);
  const parens = line.includes("(");
  // Jump from one possible end to the next instead of testing every character.
  BOUNDARY.lastIndex = start;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const i = m.index;
    const j = i + m[1]!.length;
    if (parens && insideParens(line, start, i)) continue;
    const k = j + m[2]!.length;
    if (k >= line.length) break;
    if (!startsSentence(line, k)) continue;
    if (line[i] === "." && m[1]!.length === 1 && isAbbreviation(line, i, k, words)) continue;
    out.push([start, trimEnd(line, j)]);
    start = k;
    BOUNDARY.lastIndex = k;
  }
  if (start < line.length) out.push([start, trimEnd(line, line.length)]);
  return dropEmpty(out);
}

/** The spans with text in them; the list itself when none is empty (the usual case). */
function dropEmpty(spans: [number, number][]): [number, number][] {
  for (const [a, b] of spans) if (b <= a) return spans.filter(([x, y]) => y > x);
  return spans;
}

function insideParens(line: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
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

const ABBREVIATION_CHAR = /[\p{L}.\-]/u;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** A letter, dot or hyphen: ASCII by comparison, the rest by the Unicode test. */
function abbreviationCharAt(line: string, j: number): boolean {
  const c = line.charCodeAt(j);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 : ABBREVIATION_CHAR.test(line[j]!);
}

/** The word ending at the dot at `dot` is an abbreviation that does not end the sentence. */
function isAbbreviation(line: string, dot: number, next: number, words: WordLists): boolean {
  let b = dot;
  while (b > 0 && abbreviationCharAt(line, b - 1)) b--;
  const span = line.slice(b, dot + 1);
  const word = span.toLowerCase();
  const last = word.slice(word.lastIndexOf("-") + 1);
  // A single capital with a dot is an initial ("J. Smith"), unless it is the pronoun I.
  if (dot - b === 1 && span !== "I." && INITIAL.test(span)) return true;
  // Letters each followed by a dot, at least two: a dot before the last one is the cheap test first.
  const dotted = word.indexOf(".") < word.length - 1 && DOTTED.test(word);
  const known = words.abbreviations.has(word) || words.abbreviations.has(last);
  if (!known && !dotted) return false;
  // "... under the U.S. The talks": a dotted acronym still ends a sentence before a usual opener;
  // "the B.C. Chamber of Commerce": one not in the list goes on before any other capitalised word.
  if (dotted) {
    const m = /^[\p{L}']+/u.exec(line.slice(next));
    return !(m && words.sentenceStarters.has(m[0].toLowerCase()));
  }
  return true;
}
