import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { OPENING_BITS, firstOpenerFrom, openersIn, openersOf } from "../../../src/summarize/text/openers.ts";
import { tokenize } from "../../../src/summarize/text/tokens.ts";
import type { Sentence } from "../../../src/summarize/state.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function split(body: string, title: string | null = null): SummarizeState {
  const state = new SummarizeState(article(body, title), lex);
  split_sentences(state);
  return state;
}

/** What openersOf promises, token by token. */
function expected(s: Sentence): number[] {
  return s.tokens.flatMap((t, i) => (t.cap || t.flags & OPENING_BITS ? [i] : []));
}

const O = suite("openersOf");
O("openersOf :: each sentence's capitalised tokens and those with an opening bit, in order", () => {
  const state = split("The Acme Corp. union met NATO in Oslo. critics of the developing world came. Then UEFA said no.", "Minister Ana Ode speaks");
  const openers = openersOf(state);
  assert.is(openers.length, state.sentences.length);
  state.sentences.forEach((s, k) => assert.equal(openers[k], expected(s)));
  // Lowercase openers too: "the" opens dictionary names ("the Americans"), "critics" an acting group.
  const k = state.sentences.findIndex((s) => s.text.includes("critics"));
  const toks = state.sentences[k]!.tokens;
  assert.ok(openers[k]!.some((i) => toks[i]!.text === "critics"));
  assert.ok(openers[k]!.some((i) => toks[i]!.text === "the"));
});
O("openersOf :: a sentence of plain lowercase words has none (fail)", () => {
  const state = split("nothing was said, and nothing came of it.");
  assert.equal(openersOf(state)[0], expected(state.sentences[0]!));
});
O("openersOf :: asked twice, the same lists", () => {
  const state = split("The union met NATO in Oslo.");
  assert.is(openersOf(state), openersOf(state));
});
O.run();

const I = suite("openersIn");
I("openersIn :: a sentence of the article, with or without a title", () => {
  for (const title of [null, "A title"]) {
    const state = split("The union met NATO. Oslo said no.", title);
    for (const s of state.sentences) assert.is(openersIn(state, s), openersOf(state)[state.sentences.indexOf(s)]);
  }
});
I("openersIn :: a sentence not among the article's is read from its tokens", () => {
  const state = split("The union met NATO.");
  const other = { ...state.sentences[0]!, tokens: tokenize("Oslo said no") };
  assert.equal(openersIn(state, other), [0]);
});
I.run();

const F = suite("firstOpenerFrom");
F("firstOpenerFrom :: the first opener at or after a token", () => {
  assert.is(firstOpenerFrom([0, 3, 7], 0), 0);
  assert.is(firstOpenerFrom([0, 3, 7], 1), 1);
  assert.is(firstOpenerFrom([0, 3, 7], 3), 1);
  assert.is(firstOpenerFrom([0, 3, 7], 5), 2);
});
F("firstOpenerFrom :: none after the last (fail)", () => {
  assert.is(firstOpenerFrom([0, 3, 7], 8), 3);
  assert.is(firstOpenerFrom([], 0), 0);
});
F.run();
