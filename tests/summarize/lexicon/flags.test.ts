import { test } from "uvu";
import * as assert from "uvu/assert";
import { CLOSED_LISTS, WordFlag } from "../../../src/summarize/lexicon/flags.ts";
import { wordLike } from "../../../src/summarize/lexicon/words.ts";
import { shippedLexicon } from "../../../src/summarize/lexicon/load.ts";
import { tokenize } from "../../../src/summarize/text/tokens.ts";

const lex = shippedLexicon();

// A closed list's bit must say what the list says, for its own words and for words outside it.
const OTHERS = "The minister said on Monday that farmers would not strike , but they must ask whether it is fair .";

for (const [list, bit] of CLOSED_LISTS)
  test(`buildWordFlags :: ${bit} is set exactly for the words of ${list}`, () => {
    const words: Set<string> = lex.words[list];
    assert.ok(words.size > 0);
    const text = [...words].filter((w) => !w.includes(" ")).join(" ") + " " + OTHERS;
    for (const t of tokenize(text, lex.vocabulary)) assert.is((t.flags & WordFlag[bit]) !== 0, (t.word || t.low === "'s") && words.has(t.low), t.text);
  });

test("buildWordFlags :: GROUP_OPENER is set exactly for the first words of acting groups", () => {
  const firsts = new Set(lex.words.actingGroups.firstWords());
  assert.ok(firsts.has("critics"));
  for (const t of tokenize([...firsts].join(" ") + " " + OTHERS, lex.vocabulary)) assert.is((t.flags & WordFlag.GROUP_OPENER) !== 0, firsts.has(t.low), t.text);
});

test("buildWordFlags :: DOCUMENT_NOUN is set exactly for the one-word document nouns", () => {
  const words = lex.words.documentNouns;
  assert.ok(words.has("letter"));
  const text = [...words].filter((w) => !w.includes(" ")).join(" ") + " " + OTHERS;
  for (const t of tokenize(text, lex.vocabulary)) assert.is((t.flags & WordFlag.DOCUMENT_NOUN) !== 0, t.word && words.has(t.low), t.text);
});

test("buildWordFlags :: ORG_WORD is set for every head word and company suffix, in any case, and for no other word", () => {
  const words = lex.orgWords.words;
  assert.ok(words.has("Ministry") && words.has("Inc") && words.has("Inc."));
  assert.ok([...words].every(wordLike));
  const lows = new Set([...words].map((w) => w.toLowerCase()));
  const text = [...words].join(" ") + " " + [...words].join(" ").toUpperCase() + " " + OTHERS;
  for (const t of tokenize(text, lex.vocabulary)) {
    if (words.has(t.text)) assert.ok(t.flags & WordFlag.ORG_WORD, t.text);
    assert.is((t.flags & WordFlag.ORG_WORD) !== 0, t.word && lows.has(t.low), t.text);
  }
});

test("buildWordFlags :: every bit is its own", () => {
  const bits = Object.values(WordFlag);
  assert.is(new Set(bits).size, bits.length);
  for (const b of bits) assert.is(b & (b - 1), 0);
  assert.ok(Math.max(...bits) < 2 ** 30, "bits stay small integers");
});

test.run();
