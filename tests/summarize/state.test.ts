import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../src/summarize/index.ts";
import { SummarizeState } from "../../src/summarize/state.ts";
import split_sentences from "../../src/summarize/rules/split_sentences.ts";
import { article } from "./run.ts";

function sentenceState(body: string): SummarizeState {
  const state = new SummarizeState(article(body), createSummarizer().lexicon);
  split_sentences(state);
  return state;
}

test("mentionEndingAt :: the mention of that role whose last token is just before t", () => {
  // Tokens: Italian(0) consumer(1) group(2) Altroconsumo(3) said(4) no(5) .(6)
  const state = sentenceState("Italian consumer group Altroconsumo said no.");
  const s = state.sentences[0]!;
  state.addMention(s, { t0: 0, t1: 1, key: "country:it", role: "known", rule: "test", plural: false });
  state.addMention(s, { t0: 1, t1: 4, key: "org:altroconsumo", role: "actor", rule: "test", plural: false });
  assert.is(state.mentionEndingAt(s, 1, "known")?.key, "country:it");
  assert.is(state.mentionEndingAt(s, 1), undefined); // an actor is asked for by default
  assert.is(state.mentionEndingAt(s, 4)?.key, "org:altroconsumo");
  assert.is(state.mentionEndingAt(s, 3), undefined); // inside the mention, not at its end
  assert.is(state.mentionEndingAt(s, 0), undefined);
});

test("mentionStartingAt :: the mention whose first token is t; a mention of no token is refused", () => {
  // Tokens: Italian(0) consumer(1) group(2) Altroconsumo(3) said(4) no(5) .(6)
  const state = sentenceState("Italian consumer group Altroconsumo said no.");
  const s = state.sentences[0]!;
  assert.not.ok(state.addMention(s, { t0: 5, t1: 5, key: "org:none", role: "actor", rule: "test", plural: false }));
  state.addMention(s, { t0: 1, t1: 4, key: "org:altroconsumo", role: "actor", rule: "test", plural: false });
  assert.is(state.mentionStartingAt(s, 1)?.key, "org:altroconsumo");
  assert.is(state.mentionStartingAt(s, 2), undefined); // inside the mention, not at its start
  assert.is(state.mentionStartingAt(s, 5), undefined);
  assert.is(s.mentions.length, 1);
});

test.run();
