import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { mayHold, wordBitmap } from "../../../src/summarize/text/word_bitmap.ts";

const lex = loadLexicon();

const W = suite("wordBitmap");
W("wordBitmap :: every word of a list may be held", () => {
  const words = [...lex.orgHeads, ...lex.orgSuffixes, ...lex.words.communityNouns, "", "a", "é", "Zürich"];
  const map = wordBitmap(words);
  for (const w of words) assert.ok(mayHold(map, w), w);
});
W("wordBitmap :: a word of another length and ends is not (fail)", () => {
  const map = wordBitmap(["farmers", "workers"]);
  assert.not.ok(mayHold(map, "the"));
  assert.not.ok(mayHold(map, "farmer"));
});
W("wordBitmap :: an empty list holds nothing (fail)", () => assert.not.ok(mayHold(wordBitmap([]), "union")));
W.run();
