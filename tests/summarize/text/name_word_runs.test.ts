import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { nameWordRuns } from "../../../src/summarize/text/name_word_runs.ts";
import { WordFlag } from "../../../src/summarize/lexicon/flags.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function sentences(body: string) {
  const state = new SummarizeState(article(body), lex);
  split_sentences(state);
  return state.sentences;
}

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

const R = suite("nameWordRuns");
R("nameWordRuns :: each sentence's runs, as a scan finds them", () => {
  const list = sentences("Maria Olsen told Reuters on Monday. The talks ended. Olsen said Jon Holden agreed with Ana Ode");
  const { at, first } = nameWordRuns(list);
  assert.is(first.length, list.length + 1);
  list.forEach((s, k) => assert.equal(at.slice(first[k], first[k + 1]), scanned(s.tokens)));
  assert.equal(at.slice(first[0], first[0]! + 2), [0, 2]);
});
R("nameWordRuns :: a run may end the sentence", () => {
  const list = sentences("The deal was signed by Ana Ode");
  const { at, first } = nameWordRuns(list);
  assert.equal(at.slice(first[0], first[1]), [5, 7]);
});
R("nameWordRuns :: found once for a list of sentences, again when the list grows", () => {
  const list = sentences("Olsen spoke. Holden did not.");
  const runs = nameWordRuns(list);
  assert.is(nameWordRuns(list), runs);
  list.push(sentences("Ana Ode left.")[0]!);
  assert.is.not(nameWordRuns(list), runs);
  assert.is(nameWordRuns(list).first.length, list.length + 1);
});
R("nameWordRuns :: a sentence without name words has none (fail)", () => {
  const list = sentences("the talks ended without a deal.");
  const { at, first } = nameWordRuns(list);
  assert.is(first[1]! - first[0]!, 0);
  assert.is(at.length, 0);
});
R.run();
