// Sentences of an article body with their offsets, for titles and summaries.
// A line break ends a sentence (headings and captions stand alone) unless the
// next line runs on in lowercase; a dot after a known abbreviation or a single
// initial does not end one.
//   "Mr. Ode met the U.S. envoy. Talks went on." -> "Mr. Ode met the U.S. envoy." | "Talks went on."
import { wordLists } from "./words.ts";

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph: a line, or hard-wrapped lines that run on. */
  paragraph: number;
  /** Ends in sentence punctuation: a real sentence rather than a heading or caption. */
  complete: boolean;
}

// End punctuation, closing quotes or brackets, then space and a capital, digit or opening quote.
const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string): boolean {
  const word = text.slice(text.lastIndexOf(" ") + 1, -1).replace(/^["“‘'(\[]+/u, "").toLowerCase();
  if (!word || !/^[\p{L}.]+$/u.test(word)) return false;
  return word.length === 1 || wordLists().abbreviations.has(word);
}

function splitBlock(block: string, offset: number, paragraph: number, out: Sentence[]): void {
  let from = 0;
  const push = (to: number) => {
    const raw = block.slice(from, to);
    const text = raw.trim();
    if (text) {
      const start = offset + from + raw.indexOf(text);
      const complete = /[.!?…]["”’')\]]*$/u.test(text);
      out.push({ text: text.replace(/\s*\n\s*/g, " "), start, end: start + text.length, paragraph, complete });
    }
  };
  for (const m of block.matchAll(BOUNDARY)) {
    const end = m.index! + m[1]!.length + m[2]!.length;
    if (m[1] === "." && !m[2] && endsWithAbbreviation(block.slice(from, end))) continue;
    push(end);
    from = end + m[3]!.length;
  }
  push(block.length);
}

/** A line that runs on into the next: hard-wrapped text rather than a heading. */
function runsOn(line: string, next: string | undefined): boolean {
  return next !== undefined && next.trim() !== "" && !/[.!?…:"”’)\]]\s*$/.test(line) && /^\s*[\p{Ll}]/u.test(next);
}

/** Sentences of a body; with `limit`, only the first ones (the opening of a long text). */
export function splitSentences(body: string, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  const lines = body.split("\n");
  let paragraph = -1;
  let offset = 0;
  for (let i = 0; i < lines.length && out.length < limit; ) {
    if (!lines[i]!.trim()) {
      offset += lines[i]!.length + 1;
      i++;
      continue;
    }
    // A paragraph is a line, or hard-wrapped lines that run on into each other.
    let j = i;
    while (runsOn(lines[j]!, lines[j + 1])) j++;
    const block = lines.slice(i, j + 1).join("\n");
    splitBlock(block, offset, ++paragraph, out);
    offset += block.length + 1;
    i = j + 1;
  }
  return out.length > limit ? out.slice(0, limit) : out;
}
