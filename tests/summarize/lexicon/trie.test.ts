import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PhraseTrie } from "../../../src/summarize/lexicon/trie.ts";
import { tokenize, type Token } from "../../../src/summarize/text/tokens.ts";

function trie(): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  t.add(["united", "states"], "US");
  t.add(["united", "states", "army"], "US Army");
  t.add(["the", "hague"], "The Hague");
  return t;
}

const M = suite("PhraseTrie.matchTokens");
M("matchTokens :: the longest phrase the test accepts, as match finds it", () => {
  const toks = tokenize("the United States Army said");
  const all = () => true;
  assert.equal(trie().matchTokens(toks, 1, all), trie().match(toks, 1));
  assert.equal(trie().matchTokens(toks, 1, all), { end: 4, values: ["US Army"] });
});
M("matchTokens :: the test is handed the tokens, the start and the end", () => {
  const toks = tokenize("the United States Army said");
  const capitalised = (_v: string, tokens: Token[], a: number, b: number) => tokens.slice(a, b).every((t) => t.cap);
  assert.equal(trie().matchTokens(toks, 1, capitalised), { end: 4, values: ["US Army"] });
  assert.equal(trie().matchTokens(tokenize("the United States army"), 1, capitalised), { end: 3, values: ["US"] });
});
M("matchTokens :: nothing where no phrase starts (fail)", () => {
  const toks = tokenize("talks in The Hague");
  assert.is(trie().matchTokens(toks, 0, () => true), null);
  assert.is(trie().matchTokens(toks, -1, () => true), null);
  assert.is(trie().matchTokens(toks, 2, () => false), null);
});
M.run();

const L = suite("PhraseTrie.match");
L("match :: a phrase ending where the sentence goes on", () => {
  assert.equal(trie().match(tokenize("talks in The Hague on Monday"), 2), { end: 4, values: ["The Hague"] });
  assert.equal(trie().match(tokenize("the United States"), 1), { end: 3, values: ["US"] });
});
L.run();
