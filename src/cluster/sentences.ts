// Sentences of an article body with their offsets, for titles and summaries.
// Within a paragraph the summarizer's splitLine finds the ends (abbreviations,
// initials, decimals and quotes as it knows them); this module adds paragraphs:
// a line break ends a sentence (headings and captions stand alone) unless the
// next line runs on in lowercase, as hard-wrapped text does.
//   "Mr. Ode met the U.S. envoy. Talks went on." -> "Mr. Ode met the U.S. envoy." | "Talks went on."
//   "The ministers met\non Monday." -> "The ministers met on Monday."
import { splitLine } from "../summarize/text/split.ts";
import { summarizerWords } from "./lexicon.ts";

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph: a line, or hard-wrapped lines that run on. */
  paragraph: number;
  /** Ends in sentence punctuation: a real sentence rather than a heading or caption. */
  complete: boolean;
}

const COMPLETE = /[.!?…]["”’')\]»]*$/u;

/** A line that runs on into the next: hard-wrapped text rather than a heading. */
function runsOn(line: string, next: string | undefined): boolean {
  return next !== undefined && next.trim() !== "" && !/[.!?…:"”’)\]]\s*$/.test(line) && /^\s*[\p{Ll}]/u.test(next);
}

/** Sentences of a body; with `limit`, only the first ones (the opening of a long text). */
export function splitSentences(body: string, limit = Infinity): Sentence[] {
  const { grammar } = summarizerWords();
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
    // A paragraph is a line, or hard-wrapped lines that run on into each other;
    // splitLine reads the line breaks inside it as spaces.
    let j = i;
    while (runsOn(lines[j]!, lines[j + 1])) j++;
    const block = lines.slice(i, j + 1).join("\n");
    paragraph++;
    for (const [a, b] of splitLine(block, grammar)) {
      const text = block.slice(a, b);
      out.push({ text: text.replace(/\s*\n\s*/g, " "), start: offset + a, end: offset + b, paragraph, complete: COMPLETE.test(text) });
    }
    offset += block.length + 1;
    i = j + 1;
  }
  return out.length > limit ? out.slice(0, limit) : out;
}
