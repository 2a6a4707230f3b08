import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { beforeAdverbs, negationBetween, verbAfter, verbAt, verbSpans } from "../../../src/summarize/text/verbs.ts";
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

const A = suite("beforeAdverbs");
// [sentence, verb, the word walking back stops at ("" for the sentence's first token), a negation walked over]
const ADVERB_CASES: [string, string, string, boolean][] = [
  ["The union is asking for talks.", "asking", "is", false],
  ["The union is still not asking for talks.", "asking", "is", true],
  ["The union would not commit troops.", "commit", "would", true],
  ["Never demanded, it said.", "demanded", "Never", false],
  ["Chile backed the plan.", "backed", "Chile", false],
];
for (const [body, verb, stop, negated] of ADVERB_CASES)
  A(`beforeAdverbs :: ${body}`, () => {
    const { s } = sentence(body);
    const v0 = s.tokens.findIndex((t) => t.low === verb);
    const b = beforeAdverbs(s.tokens, v0);
    assert.is(s.tokens[b]!.text, stop);
    assert.is(negationBetween(s.tokens, b, v0), negated);
  });
A.run();
