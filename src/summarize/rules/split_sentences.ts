// split_sentences: the body into sentences with tokens; the title as sentence -1.
//   "Talks resumed in the U.S. on Monday. The union said no." -> 2 sentences
//   "Lt.-Gen. Keith Moor said 3.5% was fair." -> 1 sentence (abbreviation, decimal)
//   "“We will strike,” she said. “Today.”" -> 2 sentences (quote closes after the dot)
//   "PEACE IN THE REGION" (own line, no final stop) -> 1 sentence marked headline
//   "Strikers Vow To Stay Out" (Title Case) -> headline, titleCase: no name guessing
//   "14:10 Rome's mayor says ..." -> the time stamp opens the entry like a dateline
import type { Rule } from "../rule.ts";
import type { Sentence } from "../state.ts";
import { closerAt, splitSpan, stopAt, trimEnd } from "../text/split.ts";
import { flat, tokenizeSpan, spaceAt } from "../text/tokens.ts";
import type { Vocabulary } from "../lexicon/vocabulary.ts";
import { WordFlag } from "../lexicon/flags.ts";

const split_sentences: Rule = (state) => {
  const { article, lex } = state;
  // Sentences are read from plain copies of the text (see flat) but keep their words as slices of
  // the article's own strings: a summary then holds on to the article, not to the copy.
  if (article.title) state.sentences.push(makeSentence(lex.vocabulary, flat(article.title), article.title, 0, article.title.length, -1, -1, 0, false));
  const body = flat(article.body);
  let paragraph = 0;
  let lineStart = 0;
  let blank = false;
  // The next "(" of the body: lines are read in order, so one search serves every line before it.
  let paren = body.indexOf("(");
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    if (blankSpan(body, lineStart, lineEnd)) blank = true;
    else {
      if (blank || state.sentences.length > 0) paragraph++;
      blank = false;
      // A quotation may run over several sentences of a paragraph, never into the next line.
      let inQuote = false;
      if (paren >= 0 && paren < lineStart) paren = body.indexOf("(", lineStart);
      const ends = splitSpan(body, lineStart, lineEnd, lex.words, paren >= 0 && paren < lineEnd);
      for (let e = 0; e < ends.length; e += 2) {
        const index = state.sentences.length - (state.sentences[0]?.index === -1 ? 1 : 0);
        const s = makeSentence(lex.vocabulary, body, article.body, ends[e]!, ends[e + 1]!, index, paragraph, lineEnd - lineStart, inQuote);
        inQuote = s.quoteAfter;
        if (index === 0) s.dateline = datelineEnd(s);
        // "14:10 Rome's mayor, Giulia Santangelo, says": a live blog's time stamp opens the entry, like a dateline.
        if (!s.dateline && s.tokens[1]?.cap && TIME_STAMP.test(s.tokens[0]!.text)) s.dateline = 1;
        state.sentences.push(s);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (state.tracing) state.note(null, "split_sentences", `${state.sentences.length} sentences`);
};

/** Only white space in text[from, to), as `text.slice(from, to).trim() === ""` says. */
function blankSpan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!spaceAt(text, i)) return false;
  return true;
}

const DATELINE_DASH = /^[—–|-]$/;
const TIME_STAMP = /^[012]?\d:[0-5]\d$/;

// How a sentence ends, read backwards from its last character (a pattern anchored at the end is
// still tried from every position): a stop, then only closing marks (/[.!?…]["'”’)\]»]*$/); or "?"
// or ":" with at most one closing quote after it (/[?:]["'”’]?$/).
const HEADING_MARKS = "?:";
const HEADING_CLOSERS = "\"'”’";

/** source[start, last] ends with a stop and nothing after it but closing marks. */
function endsWithStop(source: string, start: number, last: number): boolean {
  let k = last;
  while (k >= start && closerAt(source, k)) k--;
  return k >= start && stopAt(source, k);
}

/** source[start, last] ends with "?" or ":", and at most one closing quote after it. */
function endsAsHeading(source: string, start: number, last: number): boolean {
  if (last < start) return false;
  if (HEADING_MARKS.includes(source[last]!)) return true;
  return last > start && HEADING_CLOSERS.includes(source[last]!) && HEADING_MARKS.includes(source[last - 1]!);
}

/** "BONN, Germany —", "SYDNEY, March 11 (Meridian Wire) -", "Brasília |": tokens of the dateline, or 0. */
function datelineEnd(s: Sentence): number {
  const toks = s.tokens;
  const first = toks[0];
  if (!first?.cap || !first.word) return 0;
  let comma = false;
  for (let k = 1; k < toks.length && k < 14; k++) {
    const t = toks[k]!;
    if (DATELINE_DASH.test(t.text)) {
      const shouting = first.text.length >= 2 && first.text === first.text.toUpperCase();
      return shouting || comma || t.text === "|" ? k + 1 : 0;
    }
    if (t.text === ",") comma = true;
    else if (t.word && !t.cap && !/^\d/.test(t.text)) return 0;
  }
  return 0;
}

// Scratch lists for makeSentence: a list grown push by push from empty takes room for 17 at the first push.
const CAPS: number[] = [];
const RUNS: number[] = [];

/**
 * The sentence source[start, end); its tokens are read in place, with offsets into `source`. Its
 * text is the same span of `original`, the string `source` is a copy of.
 */
function makeSentence(vocabulary: Vocabulary, source: string, original: string, start: number, end: number, index: number, paragraph: number, lineLength: number, quoteOpen: boolean): Sentence & { quoteAfter: boolean } {
  const text = original.slice(start, end);
  const { tokens, offsets } = tokenizeSpan(source, start, end, vocabulary);
  let words = 0, long = 0, longCaps = 0;
  // Whether a quotation is still open after the sentence: curly marks say which way, straight ones toggle.
  let open = quoteOpen;
  let firstQuoteMark = -1;
  let all = 0;
  // Where names may start and run: the capitalised tokens, and the runs of name words side by side,
  // gathered in scratch lists and copied out at their exact length.
  let nCaps = 0, nRuns = 0;
  let run = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    all |= t.flags;
    if (t.flags & WordFlag.NAME_WORD) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      RUNS[nRuns++] = run;
      RUNS[nRuns++] = i;
      run = -1;
    }
    if (t.cap) CAPS[nCaps++] = i;
    if (!t.word) {
      if (t.text === "“") open = true;
      else if (t.text === "”") open = false;
      else if (t.text === '"') open = !open;
      if (firstQuoteMark < 0 && (t.text === "“" || t.text === '"')) firstQuoteMark = i;
      continue;
    }
    words++;
    if (t.text.length >= 4) {
      long++;
      if (t.cap) longCaps++;
    }
  }
  if (run >= 0) {
    RUNS[nRuns++] = run;
    RUNS[nRuns++] = tokens.length;
  }
  const caps = CAPS.slice(0, nCaps);
  const nameRuns = RUNS.slice(0, nRuns);
  const last = trimEnd(source, start, end) - 1;
  const headline = !endsWithStop(source, start, last) || (endsAsHeading(source, start, last) && words < 10 && lineLength === text.length);
  const titleCase = headline && long >= 3 && longCaps / long >= 0.7;
  return { index, text, start, end, tokens, offsets, paragraph, headline, titleCase, flags: all, quoteOpen, firstQuoteMark: firstQuoteMark < 0 ? tokens.length : firstQuoteMark, quoteAfter: open, dateline: 0, skip: null, mentions: [], caps, nameRuns, dictCache: undefined, verbCache: undefined, quoteCache: undefined, mentionIndex: undefined };
}

export default split_sentences;
