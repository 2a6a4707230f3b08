import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { sentenceMayHold } from "../../../src/summarize/text/sentence_may_hold.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function sentence(body: string) {
  const state = new SummarizeState(article(body), lex);
  split_sentences(state);
  return state.sentences[0]!;
}

const M = suite("sentenceMayHold");
M("sentenceMayHold :: a sentence holding the word may hold it", () => {
  assert.ok(sentenceMayHold(lex, sentence("We will talk if they stop."), "if"));
  assert.ok(sentenceMayHold(lex, sentence("If they stop, we will talk."), "if"));
});
M("sentenceMayHold :: a sentence with none of the word's bits cannot hold it (fail)", () => {
  assert.not.ok(sentenceMayHold(lex, sentence("The ministry met the union."), "if"));
});
M("sentenceMayHold :: a word with no bits may be anywhere", () => {
  assert.is(lex.vocabulary.flags.get("zebra"), undefined);
  assert.ok(sentenceMayHold(lex, sentence("The ministry met the union."), "zebra"));
});
M.run();
