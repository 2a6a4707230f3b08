// Direct quotes of four words or more: wire rewrites keep them word for word,
// so shared quotes are strong evidence of one story, and differing quotes of
// one point are worth flagging.
//   'He said: "We will not move an inch," and left.' -> ["we will not move an inch"]
import { plainWords } from "./tokens.ts";

const PAIRS = /“([^”]{3,}?)”|«([^»]{3,}?)»|"([^"\n]{3,}?)"/g;
export const MIN_QUOTE_WORDS = 4;

/** Quoted spans of at least four words, as lowercase word sequences joined by spaces. */
export function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PAIRS)) {
    const words = plainWords(m[1] ?? m[2] ?? m[3] ?? "");
    if (words.length >= MIN_QUOTE_WORDS) out.push(words.join(" "));
  }
  return out;
}

/** Four-word shingles of the quotes: a quote cut short still overlaps its full form. */
export function quoteShingles(quotes: string[]): Set<string> {
  const out = new Set<string>();
  for (const q of quotes) {
    const w = q.split(" ");
    for (let i = 0; i + MIN_QUOTE_WORDS <= w.length; i++) out.add(w.slice(i, i + MIN_QUOTE_WORDS).join(" "));
  }
  return out;
}

/** Share of the smaller quote set found in the other: 0 when either side quotes nothing. */
export function quoteOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
