import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { verbAfter, verbAt, verbSpans } from "../../../src/summarize/text/verbs.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function sentence(body: string) {
  const st = new SummarizeState(article(body), lex);
  split_sentences(st);
  return { st, s: st.sentences[0]! };
}

const V = suite("verbAt");
// [sentence, word, is a reporting verb there]
const CASES: [string, string, boolean][] = [
  ["Chile backed the plan.", "backed", true],
  ["Chile would not back down.", "back", false],
  ["Peru backed off the demand.", "backed", false],
  ["The union called off the strike.", "called", false],
  ["The union called for a strike.", "called", true],
];
for (const [body, word, reports] of CASES)
  V(`verbAt :: ${body}`, () => {
    const { st, s } = sentence(body);
    const i = s.tokens.findIndex((t) => t.low === word);
    assert.is(!!verbAt(st, s.tokens, i), reports);
    // Every reader of reporting verbs says the same.
    assert.is(verbSpans(st, s).some((v) => v.t0 === i), reports);
    assert.is(!!verbAfter(st, s, i), reports);
  });
V.run();
