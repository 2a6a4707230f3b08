// split_sentences: the body into sentences with tokens; the title as sentence -1.
//   "Talks resumed in the U.S. on Monday. The union said no." -> 2 sentences
//   "Lt.-Gen. Keith Moor said 3.5% was fair." -> 1 sentence (abbreviation, decimal)
//   "“We will strike,” she said. “Today.”" -> 2 sentences (quote closes after the dot)
//   "PEACE IN THE REGION" (own line, no final stop) -> 1 sentence marked headline
//   "Strikers Vow To Stay Out" (Title Case) -> headline, titleCase: no name guessing
//   "14:10 Rome's mayor says ..." -> the time stamp opens the entry like a dateline
import type { Rule } from "../rule.ts";
import type { Sentence } from "../state.ts";
import { splitSpan } from "../text/split.ts";
import { tokenizeSpan, spaceAt } from "../text/tokens.ts";
import type { Vocabulary } from "../lexicon/vocabulary.ts";

const split_sentences: Rule = (state) => {
  const { article, lex } = state;
  if (article.title) state.sentences.push(makeSentence(lex.vocabulary, article.title, 0, article.title.length, -1, -1, 0, false));
  const body = article.body;
  let paragraph = 0;
  let lineStart = 0;
  let blank = false;
  // The first "(" at or after the line being read (-1: none), found by one search that moves on only past it.
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
        const s = makeSentence(lex.vocabulary, body, ends[e]!, ends[e + 1]!, index, paragraph, lineEnd - lineStart, inQuote);
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

/** The sentence source[start, end); its tokens are read in place, with offsets into `source`. */
function makeSentence(vocabulary: Vocabulary, source: string, start: number, end: number, index: number, paragraph: number, lineLength: number, quoteOpen: boolean): Sentence & { quoteAfter: boolean } {
  const text = source.slice(start, end);
  const tokens = tokenizeSpan(source, start, end, vocabulary);
  let words = 0, long = 0, longCaps = 0;
  // Whether a quotation is still open after the sentence: curly marks say which way, straight ones toggle.
  let open = quoteOpen;
  let all = 0;
  for (const t of tokens) {
    all |= t.flags;
    if (!t.word) {
      if (t.text === "“") open = true;
      else if (t.text === "”") open = false;
      else if (t.text === '"') open = !open;
      continue;
    }
    words++;
    if (t.text.length >= 4) {
      long++;
      if (t.cap) longCaps++;
    }
  }
  const last = lastNonSpace(source, start, end);
  const headline = !endsFinal(source, start, last) || (endsHeading(source, start, last) && words < 10 && lineLength === text.length);
  const titleCase = headline && long >= 3 && longCaps / long >= 0.7;
  return { index, text, start, end, tokens, paragraph, headline, titleCase, flags: all, quoteOpen, quoteAfter: open, dateline: 0, skip: null, mentions: [], cache: { dict: undefined, verbs: undefined, quoted: undefined }, mentionIndex: undefined };
}

/** A closing quote or bracket: " ' ” ’ ) ] » */
function closerAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

/** The index of the last character of text[start, end) that is not white space (start - 1 when none): where trimEnd() would end it, less one. */
function lastNonSpace(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && spaceAt(text, k)) k--;
  return k;
}

/** text[start, last] ends in . ! ? or … and then only closing quotes or brackets, as /[.!?…]["'”’)\]»]*$/ tests. */
function endsFinal(text: string, start: number, last: number): boolean {
  let k = last;
  while (k >= start && closerAt(text, k)) k--;
  if (k < start) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** text[start, last] ends in ? or : and at most one closing quote, as /[?:]["'”’]?$/ tests: "Who pays?" "Context:" */
function endsHeading(text: string, start: number, last: number): boolean {
  if (asksOrIntroduces(text, start, last)) return true;
  if (last < start) return false;
  const c = text.charCodeAt(last);
  return (c === 34 || c === 39 || c === 0x201d || c === 0x2019) && asksOrIntroduces(text, start, last - 1);
}

/** ? or : at k, within the text from `start`. */
function asksOrIntroduces(text: string, start: number, k: number): boolean {
  return k >= start && (text.charCodeAt(k) === 63 || text.charCodeAt(k) === 58);
}

export default split_sentences;
