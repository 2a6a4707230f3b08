// Words of a news text reduced to what tells events apart: function words
// dropped, light stemming so "talks", "talked" and "talk" meet, and a mark on
// names and numbers, which pin an event far better than common words.
//   "Ministers talked in Oslo on 30 May." -> minister, talk, oslo*, 30*  (* named)
import { wordLists } from "./words.ts";

/** A text's content terms in order; named[i] marks terms[i] capitalised inside a sentence or holding a digit (a name, a date, a figure). */
export interface Terms {
  terms: string[];
  named: boolean[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

/** Lowercase, apostrophes and possessives unified, a trailing dot dropped. */
export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase();
  if (w.endsWith(".")) w = w.slice(0, -1);
  if (w.includes("’")) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

/** A light suffix stripper: plural and verb endings only, never below four letters. */
export function stem(word: string): string {
  if (/\d/.test(word) || word.length < 4) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith("es") && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  if (word.endsWith("ing") && word.length >= 7) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length >= 6) return word.slice(0, -2);
  return word;
}

/** True when the text before `at` ends a sentence (or there is none). */
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === "\n") return true;
    if (/\s|["“'‘(\[«]/.test(c)) continue;
    return /[.!?:]/.test(c);
  }
  return true;
}

// Lowercase word -> its term, or "" for a function word. Words recur across a
// day's articles, so each is normalised and stemmed once.
const termCache = new Map<string, string>();

function termOf(lower: string): string {
  let t = termCache.get(lower);
  if (t === undefined) {
    const word = normalizeWord(lower);
    t = word.length < 2 || wordLists().stopwords.has(word) ? "" : stem(word);
    if (termCache.size > 500_000) termCache.clear();
    termCache.set(lower, t);
  }
  return t;
}

/** Content terms of a text in order, with the named mark. */
export function contentTerms(text: string): Terms {
  const out: Terms = { terms: [], named: [] };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    const term = termOf(lower);
    if (!term) continue;
    const upper = raw !== lower && raw.charAt(0) !== lower.charAt(0);
    out.terms.push(term);
    out.named.push((upper && !sentenceStart(text, m.index!)) || /\d/.test(term));
  }
  return out;
}

/** The distinct content words of a text: for comparing short phrases. */
export function contentWords(text: string): Set<string> {
  return new Set(contentTerms(text).terms);
}

/** Lowercase words of a text, function words kept: for quotes and phrasing. */
export function plainWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normalizeWord(m[0]));
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
