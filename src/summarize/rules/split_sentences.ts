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

const FINAL = /[.!?…]["'”’)\]»]*$/;
const HEADING_END = /[?:]["'”’]?$/;

const split_sentences: Rule = (state) => {
  const { article, lex } = state;
  if (article.title) state.sentences.push(makeSentence(article.title, 0, article.title.length, -1, -1, 0));
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
        state.sentences.push(makeSentence(body.slice(lineStart + a, lineStart + b), lineStart + a, lineStart + b, index, paragraph, line.length));
      }
    }
    lineStart = lineEnd + 1;
  }
  state.note(null, "split_sentences", () => `${state.sentences.length} sentences`);
};

function makeSentence(text: string, start: number, end: number, index: number, paragraph: number, lineLength: number): Sentence {
  const tokens = tokenize(text, start);
  const words = tokens.filter((t) => t.word);
  const trimmed = text.trimEnd();
  const headline = !FINAL.test(trimmed) || (HEADING_END.test(trimmed) && words.length < 10 && lineLength === text.length);
  const long = words.filter((t) => t.text.length >= 4);
  const titleCase = headline && long.length >= 3 && long.filter((t) => t.cap).length / long.length >= 0.7;
  return { index, text, start, end, tokens, paragraph, headline, titleCase, skip: null, mentions: [] };
}

export default split_sentences;
