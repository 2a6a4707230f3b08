import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { capitalsOf, firstCapitalFrom } from "../../../src/summarize/text/capitals.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function split(body: string): SummarizeState {
  const state = new SummarizeState(article(body), lex);
  split_sentences(state);
  return state;
}

const C = suite("capitalsOf");
C("capitalsOf :: each sentence's capitalised tokens, in order", () => {
  const state = split("The Acme Corp. union met NATO in Oslo. nobody came. Then UEFA said no.");
  const caps = capitalsOf(state);
  assert.is(caps.length, state.sentences.length);
  state.sentences.forEach((s, k) => assert.equal(caps[k], s.tokens.flatMap((t, i) => (t.cap ? [i] : []))));
});
C("capitalsOf :: a sentence without capitals has none (fail)", () => {
  const state = split("nobody came, and nobody said so.");
  assert.equal(capitalsOf(state)[0], []);
});
C("capitalsOf :: asked twice, the same lists", () => {
  const state = split("The union met NATO in Oslo.");
  assert.is(capitalsOf(state), capitalsOf(state));
});
C.run();

const F = suite("firstCapitalFrom");
F("firstCapitalFrom :: the first capital at or after a token", () => {
  assert.is(firstCapitalFrom([0, 3, 7], 0), 0);
  assert.is(firstCapitalFrom([0, 3, 7], 1), 1);
  assert.is(firstCapitalFrom([0, 3, 7], 3), 1);
  assert.is(firstCapitalFrom([0, 3, 7], 5), 2);
});
F("firstCapitalFrom :: none after the last (fail)", () => {
  assert.is(firstCapitalFrom([0, 3, 7], 8), 3);
  assert.is(firstCapitalFrom([], 0), 0);
});
F.run();
