import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PhraseTrie } from "../../../src/summarize/lexicon/trie.ts";
import { tokenize, type Token } from "../../../src/summarize/text/tokens.ts";
import { Vocabulary } from "../../../src/summarize/lexicon/vocabulary.ts";

function trie(): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  t.add(["united", "states"], "US");
  t.add(["united", "states", "army"], "US Army");
  t.add(["the", "hague"], "The Hague");
  return t;
}

const M = suite("PhraseTrie.match with a test");
M("match :: the longest phrase the test accepts, as without a test when it takes all", () => {
  const toks = tokenize("the United States Army said");
  const all = () => true;
  assert.equal(trie().match(toks, 1, all), trie().match(toks, 1));
  assert.equal(trie().match(toks, 1, all), { end: 4, values: ["US Army"] });
});
M("match :: the test is handed the start, the end and the tokens", () => {
  const toks = tokenize("the United States Army said");
  const capitalised = (_v: string, a: number, b: number, tokens: Token[]) => tokens.slice(a, b).every((t) => t.cap);
  assert.equal(trie().match(toks, 1, capitalised), { end: 4, values: ["US Army"] });
  assert.equal(trie().match(tokenize("the United States army"), 1, capitalised), { end: 3, values: ["US"] });
  // A test that refuses the longer phrase leaves the shorter one under it.
  assert.equal(trie().match(tokenize("the United States Army"), 1, (v) => v !== "US Army"), { end: 3, values: ["US"] });
});
M("match :: nothing where no phrase starts, or none is accepted (fail)", () => {
  const toks = tokenize("talks in The Hague");
  assert.is(trie().match(toks, 0, () => true), null);
  assert.is(trie().match(toks, -1, () => true), null);
  assert.is(trie().match(toks, 2, () => false), null);
});
M.run();

const L = suite("PhraseTrie.match");
L("match :: a phrase ending where the sentence goes on", () => {
  assert.equal(trie().match(tokenize("talks in The Hague on Monday"), 2), { end: 4, values: ["The Hague"] });
  assert.equal(trie().match(tokenize("the United States"), 1), { end: 3, values: ["US"] });
});
L.run();

const W = suite("PhraseTrie word ids");
W("match :: a word shaped before any trie held it matches once one does", () => {
  const vocabulary = new Vocabulary(new Map(), new Set(), new Set());
  const toks = tokenize("talks in Zzyzxville today", vocabulary);
  assert.is(trie().match(toks, 2), null);
  const later = new PhraseTrie<string>();
  later.add(["zzyzxville", "today"], "Z");
  assert.equal(later.match(toks, 2), { end: 4, values: ["Z"] });
  assert.equal(later.match(tokenize("Zzyzxville today", vocabulary), 0), { end: 2, values: ["Z"] });
});
W.run();
