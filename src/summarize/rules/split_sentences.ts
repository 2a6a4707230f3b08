// split_sentences: the body into sentences with tokens; the title as sentence -1.
//   "Talks resumed in the U.S. on Monday. The union said no." -> 2 sentences
//   "Lt.-Gen. Keith Moor said 3.5% was fair." -> 1 sentence (abbreviation, decimal)
//   "“We will strike,” she said. “Today.”" -> 2 sentences (quote closes after the dot)
//   "PEACE IN THE REGION" (own line, no final stop) -> 1 sentence marked headline
//   "Strikers Vow To Stay Out" (Title Case) -> headline, titleCase: no name guessing
import type { Rule } from "../rule.ts";
import type { Sentence } from "../state.ts";
import { splitLine } from "../text/split.ts";
import { tokenize } from "../text/tokens.ts";
import { WordFlag } from "../lexicon/flags.ts";

const FINAL = /[.!?…]["'”’)\]»]*$/;
const HEADING_END = /[?:]["'”’]?$/;

const split_sentences: Rule = (state) => {
  const { article, lex } = state;
  if (article.title) state.sentences.push(makeSentence(lex.wordFlags, lex.words.nonNames, article.title, 0, article.title.length, -1, -1, 0));
  const body = article.body;
  let paragraph = 0;
  let lineStart = 0;
  let blank = false;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    if (line.trim() === "") blank = true;
    else {
      if (blank || state.sentences.length > 0) paragraph++;
      blank = false;
      for (const [a, b] of splitLine(line, lex.words)) {
        const index = state.sentences.length - (state.sentences[0]?.index === -1 ? 1 : 0);
        state.sentences.push(makeSentence(lex.wordFlags, lex.words.nonNames, body.slice(lineStart + a, lineStart + b), lineStart + a, lineStart + b, index, paragraph, line.length));
      }
    }
    lineStart = lineEnd + 1;
  }
  if (state.tracing) state.note(null, "split_sentences", () => `${state.sentences.length} sentences`);
};

/** No digits, and not an acronym ("NATO"): a body, not a person. */
function nameShaped(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if ((c >= 97 && c <= 122) || (c > 127 && text[i] !== text[i]!.toUpperCase())) lower = true;
  }
  return lower || text.length === 1 || text.endsWith(".");
}

function makeSentence(flags: Map<string, number>, nonNames: Set<string>, text: string, start: number, end: number, index: number, paragraph: number, lineLength: number): Sentence {
  const tokens = tokenize(text, start);
  for (const t of tokens) {
    t.flags = flags.get(t.low) ?? 0;
    if (t.cap && t.word && !nonNames.has(t.low) && nameShaped(t.text)) t.flags |= WordFlag.NAME_WORD;
  }
  const trimmed = text.trimEnd();
  let words = 0, long = 0, longCaps = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (t.text.length >= 4) {
      long++;
      if (t.cap) longCaps++;
    }
  }
  const headline = !FINAL.test(trimmed) || (HEADING_END.test(trimmed) && words < 10 && lineLength === text.length);
  const titleCase = headline && long >= 3 && longCaps / long >= 0.7;
  return { index, text, start, end, tokens, paragraph, headline, titleCase, skip: null, mentions: [] };
}

export default split_sentences;
