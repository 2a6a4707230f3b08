import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { WordFlag } from "../../../src/summarize/lexicon/flags.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function split(body: string): SummarizeState {
  const state = new SummarizeState(article(body), lex);
  split_sentences(state);
  return state;
}

// split_sentences lists where names may stand in each sentence: its capitals and its runs of name words.

const C = suite("Sentence.caps");
C("Sentence.caps :: each sentence's capitalised tokens, in order", () => {
  const state = split("The Acme Corp. union met NATO in Oslo. nobody came. Then UEFA said no.");
  state.sentences.forEach((s) => assert.equal(s.caps, s.tokens.flatMap((t, i) => (t.cap ? [i] : []))));
});
C("Sentence.caps :: a sentence without capitals has none (fail)", () => {
  const state = split("nobody came, and nobody said so.");
  assert.equal(state.sentences[0]!.caps, []);
});
C.run();

/** The runs as a scan token by token finds them: [start, end) of each stretch of name words. */
function scanned(toks: { flags: number }[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i]!.flags & WordFlag.NAME_WORD) || (i > 0 && toks[i - 1]!.flags & WordFlag.NAME_WORD)) continue;
    let j = i + 1;
    while (j < toks.length && toks[j]!.flags & WordFlag.NAME_WORD) j++;
    out.push(i, j);
  }
  return out;
}

const R = suite("Sentence.nameRuns");
R("Sentence.nameRuns :: each sentence's runs, as a scan finds them", () => {
  const list = split("Maria Olsen told Reuters on Monday. The talks ended. Olsen said Jon Holden agreed with Ana Ode").sentences;
  list.forEach((s) => assert.equal(s.nameRuns, scanned(s.tokens)));
  assert.equal(list[0]!.nameRuns.slice(0, 2), [0, 2]);
});
R("Sentence.nameRuns :: a run may end the sentence", () => {
  assert.equal(split("The deal was signed by Ana Ode").sentences[0]!.nameRuns, [5, 7]);
});
R("Sentence.nameRuns :: a sentence without name words has none (fail)", () => {
  assert.equal(split("the talks ended without a deal.").sentences[0]!.nameRuns, []);
});
R.run();
