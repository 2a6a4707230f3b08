import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PhraseTrie } from "../../../src/summarize/lexicon/trie.ts";
import { phraseKey, tokenize } from "../../../src/summarize/text/tokens.ts";

const trie = new PhraseTrie<string>();
for (const p of ["prime minister", "prime minister of", "foreign minister", "minister", "deputy prime minister for trade"]) trie.add(phraseKey(p), p);
const toks = tokenize("The deputy prime minister of Ruritania met the Foreign Minister, a minister.");

const L = suite("longestEnd");
L("longestEnd :: the end match() gives, or -1, from every token", () => {
  for (let i = -1; i <= toks.length; i++) assert.is(trie.longestEnd(toks, i), trie.match(toks, i)?.end ?? -1, String(i));
});
L("longestEnd :: the longest phrase wins over a shorter one", () => assert.is(trie.longestEnd(toks, 2), 5));
L.run();

const V = suite("valuesAt");
V("valuesAt :: the values match() gives for the longest phrase", () => {
  for (let i = 0; i < toks.length; i++) {
    const m = trie.match(toks, i);
    if (m) assert.equal(trie.valuesAt(toks, i, m.end), m.values);
  }
});
V("valuesAt :: no phrase, or a span outside the tokens: none", () => {
  assert.equal(trie.valuesAt(toks, 0, 2), []);
  assert.equal(trie.valuesAt(toks, -1, 2), []);
  assert.equal(trie.valuesAt(toks, 3, toks.length + 1), []);
});
V.run();
