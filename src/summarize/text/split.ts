// Sentence boundaries inside one line of text. A line never continues into the
// next: headlines, captions and paragraphs each stand alone.
import { spaceAt } from "./tokens.ts";
import type { WordLists } from "../lexicon/types.ts";

/** [start, end) offsets of the sentences of `line`. */
export function splitLine(line: string, words: WordLists): [number, number][] {
  const ends = splitSpan(line, 0, line.length, words);
  const out: [number, number][] = [];
  for (let k = 0; k < ends.length; k += 2) out.push([ends[k]!, ends[k + 1]!]);
  return out;
}

/**
 * The sentences splitLine finds in text.slice(from, to), read in place: the start and end
 * offsets (into `text`) of each, one pair after the other. No character outside the span
 * decides a boundary.
 */
export function splitSpan(text: string, from: number, to: number, words: WordLists, parens = hasParen(text, from, to)): number[] {
  const out: number[] = [];
  // Without a "(" in the span (`parens`, which a caller walking its text in order may know) no stop can stand inside brackets.
  let start = skipSpace(text, from, to);
  // A possible end: a stop, the stops and closing marks after it, then white space. The search
  // jumps from one stop to the next instead of testing every character for the whole pattern.
  for (let i = start; ; ) {
    // The pattern's search runs natively; test() makes no match object.
    STOP.lastIndex = i;
    if (!STOP.test(text)) break;
    i = STOP.lastIndex - 1;
    if (i >= to) break;
    let j = i + 1;
    while (j < to && stopOrCloserAt(text, j)) j++;
    // The stop and its closers run to the span's end: within the span no white space follows
    // them, and no later stop has any either.
    if (j >= to) break;
    if (!spaceAt(text, j)) {
      i = j;
      continue;
    }
    let k = j + 1;
    while (k < to && spaceAt(text, k)) k++;
    if (k >= to) break;
    const boundary = !(parens && insideParens(text, start, i)) && startsSentence(text, k, to) && !(text.charCodeAt(i) === 46 && j - i === 1 && isAbbreviation(text, from, i, k, to, words));
    if (boundary) {
      out.push(start, trimEnd(text, from, j));
      start = k;
    }
    i = k;
  }
  if (start < to) out.push(start, trimEnd(text, from, to));
  return dropEmpty(out);
}

/** The pairs with text between them; the list itself when none is empty (the usual case). */
function dropEmpty(ends: number[]): number[] {
  for (let k = 0; k < ends.length; k += 2) {
    if (ends[k + 1]! > ends[k]!) continue;
    const kept: number[] = [];
    for (let q = 0; q < ends.length; q += 2) if (ends[q + 1]! > ends[q]!) kept.push(ends[q]!, ends[q + 1]!);
    return kept;
  }
  return ends;
}

/** The stops, as stopAt reads them: for the native search of the next one. */
const STOP = /[.!?…]/g;

/** A stop: . ! ? … */
export function stopAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A mark that may close a sentence after its stop: " ' ” ’ ) ] » */
export function closerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

function stopOrCloserAt(text: string, i: number): boolean {
  return stopAt(text, i) || closerAt(text, i);
}

function hasParen(s: string, from: number, to: number): boolean {
  // A whole string is searched natively; a search from `from` alone would run on past `to`.
  if (from === 0 && to === s.length) return s.includes("(");
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 40) return true;
  return false;
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

function skipSpace(s: string, i: number, to: number): number {
  while (i < to && spaceAt(s, i)) i++;
  return i;
}

/** The end of s[from, j) without its trailing white space. */
export function trimEnd(s: string, from: number, j: number): number {
  while (j > from && spaceAt(s, j - 1)) j--;
  return j;
}

/** Does a sentence start at line[k]: an uppercase letter or a number, or a quotation or bracket opening, perhaps after an opener? */
function startsSentence(line: string, k: number, to: number): boolean {
  let c = line.charCodeAt(k);
  if (openerCode(c) && k + 1 < to) c = line.charCodeAt(++k);
  // ASCII by comparison; other characters by the Unicode test (/[\p{Lu}\p{N}"“‘'(]/u).
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
  return c === 0x201c || c === 0x2018 || UPPER_OR_NUMBER.test(line[k]!);
}

/** " ' “ ‘ ( [ « (/["'“‘(\[«]/) */
function openerCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab;
}

const UPPER_OR_NUMBER = /[\p{Lu}\p{N}]/u;

const ABBREVIATION_CHAR = /[\p{L}.\-]/u;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** A letter, dot or hyphen: ASCII by comparison, the rest by the Unicode test. */
function abbreviationCharAt(line: string, j: number): boolean {
  const c = line.charCodeAt(j);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 : ABBREVIATION_CHAR.test(line[j]!);
}

/** The word ending at the dot at `dot` is an abbreviation that does not end the sentence. */
function isAbbreviation(line: string, from: number, dot: number, next: number, to: number, words: WordLists): boolean {
  let b = dot;
  while (b > from && abbreviationCharAt(line, b - 1)) b--;
  const span = line.slice(b, dot + 1);
  const word = span.toLowerCase();
  const last = word.slice(word.lastIndexOf("-") + 1);
  // A single capital with a dot is an initial ("J. Smith"), unless it is the pronoun I, or a letter
  // that names something before a usual opener ("wrote on X. He said").
  if (dot - b === 1 && span !== "I." && INITIAL.test(span)) return !usualOpener(line, next, to, words);
  // Letters each followed by a dot, at least two: a dot before the last one is the cheap test first.
  const dotted = word.indexOf(".") < word.length - 1 && DOTTED.test(word);
  const known = words.abbreviations.has(word) || words.abbreviations.has(last);
  if (!known && !dotted) return false;
  // "... under the U.S. The talks": a dotted acronym still ends a sentence before a usual opener;
  // "the B.C. Chamber of Commerce": one not in the list goes on before any other capitalised word.
  return dotted ? !usualOpener(line, next, to, words) : true;
}

/** Does the word at `next` open sentences as a rule ("The", "He", "But")? */
function usualOpener(line: string, next: number, to: number, words: WordLists): boolean {
  const m = /^[\p{L}']+/u.exec(line.slice(next, to));
  return !!m && words.sentenceStarters.has(m[0].toLowerCase());
}
