import { test } from "uvu";
import * as assert from "uvu/assert";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { WordFlag } from "../../../src/summarize/lexicon/flags.ts";
import { Vocabulary } from "../../../src/summarize/lexicon/vocabulary.ts";
import { fold, hashSpan, tokenize, tokenizeSpan } from "../../../src/summarize/text/tokens.ts";

const flags = new Map([["said", WordFlag.VERB], ["minister", WordFlag.TITLE], ["'s", WordFlag.NAME]]);
const vocabulary = () => new Vocabulary(flags, new Set(["monday"]), new Set(["al"]));

const CASES: [string, { low: string; cap: boolean; word: boolean; flags: number }][] = [
  ["said", { low: "said", cap: false, word: true, flags: WordFlag.VERB }],
  ["Minister", { low: "minister", cap: true, word: true, flags: WordFlag.TITLE | WordFlag.NAME_WORD }],
  ["Ode", { low: "ode", cap: true, word: true, flags: WordFlag.NAME_WORD }],
  ["Monday", { low: "monday", cap: true, word: true, flags: 0 }],
  ["NATO", { low: "nato", cap: true, word: true, flags: 0 }],
  ["B2B", { low: "b2b", cap: true, word: true, flags: 0 }],
  ["al-Harbi", { low: "al-harbi", cap: false, word: true, flags: WordFlag.NAME_WORD }],
  ["el-Tayeb", { low: "el-tayeb", cap: false, word: true, flags: 0 }],
  ["O’Brien", { low: "o'brien", cap: true, word: true, flags: WordFlag.NAME_WORD }],
  ["’s", { low: "'s", cap: false, word: false, flags: WordFlag.NAME }],
  [",", { low: ",", cap: false, word: false, flags: 0 }],
];

for (const [text, want] of CASES)
  test(`Vocabulary.shape :: ${text}`, () => {
    const { low, cap, word, flags } = vocabulary().shape(text);
    assert.equal({ low, cap, word, flags }, want);
  });

test("Vocabulary.shape :: one shared shape per spelling, whatever string holds it", () => {
  const v = vocabulary();
  const a = v.shape("Minister Ode".slice(0, 8));
  assert.is(v.shape("Minister"), a);
  assert.is.not(v.shape("minister"), a);
});

test("Vocabulary.shapeAt :: a span's shape is the shape of its text, before and after the table grows", () => {
  const v = vocabulary();
  const at = (text: string, i: number, j: number) => v.shapeAt(text, i, j, hashSpan(text, i, j));
  const first = at("the Minister said", 4, 12);
  assert.is(first, v.shape("Minister"));
  assert.is(first.text, "Minister");
  for (let i = 0; i < 10_000; i++) v.shape(`Word${i}`);
  assert.is(at("Minister Ode", 0, 8), first);
  assert.is(at("xx Word9999 yy", 3, 11), v.shape("Word9999"));
  assert.is(at("Ministers", 0, 8), first);
  assert.is.not(at("Ministers", 0, 9), first);
});

test("tokenize :: with a vocabulary, tokens carry its flags; without one, none", () => {
  const text = "Minister Ode said";
  assert.equal(tokenize(text, vocabulary()).map((t) => t.flags), [WordFlag.TITLE | WordFlag.NAME_WORD, WordFlag.NAME_WORD, WordFlag.VERB]);
  assert.equal(tokenize(text).map((t) => t.flags), [0, 0, 0]);
  assert.equal(tokenizeSpan("   " + text, 3, text.length + 3, vocabulary()).offsets, [3, 11, 12, 15, 16, 20]);
});

test("tokenize :: every occurrence of a spelling is the one shared token its vocabulary holds", () => {
  const v = vocabulary();
  const toks = tokenize("Ode said Ode said", v);
  assert.is(toks[0], toks[2]);
  assert.is(toks[1], toks[3]);
  assert.is.not(toks[0], toks[1]);
  assert.is(toks[0], v.shape("Ode"));
});

test("tokenize :: a word's hash, taken as it is read, is the hash of its text: every spelling meets its one shape", () => {
  const v = vocabulary();
  const text = "The U.S. envoy, O’Brien, said pro-Russian Ukraine's 3.5% “cut” was l'État’s 😀 ’s rock-bottom";
  const toks = tokenize(text, v);
  assert.ok(toks.length >= 20);
  for (const t of toks) assert.is(v.shape(t.text), t, t.text);
});

test("Vocabulary.shape :: spellings keep their value whatever they look like as a key", () => {
  const v = vocabulary();
  for (const text of ["42", "-0", "1e3", "__proto__", "constructor", "toString", "Ode", "O’Brien", "U.S.", "’s", "\ud83d\ude00"]) {
    const shape = v.shape(text);
    assert.is(shape.text, text);
    assert.is(shape.low, fold(text));
  }
});

test("Vocabulary.shapeAt :: a shape kept in the table does not keep the text it was read from alive", () => {
  // The collector on demand (the flag stays set for the rest of the test process; nothing else reads it).
  setFlagsFromString("--expose-gc");
  const collect = runInNewContext("gc") as () => void;
  const v = vocabulary();
  const heapAfter = (): number => {
    collect();
    collect();
    return process.memoryUsage().heapUsed;
  };
  const before = heapAfter();
  for (let k = 0; k < 8; k++) {
    // Two-byte bodies of some 4 MB each, each with a long word seen for the first time.
    const body = "Negotiators’ ".repeat(160_000) + ` Plenipotentiary${k}Delegation `;
    const at = body.lastIndexOf("Plenipotentiary");
    assert.is(v.shapeAt(body, at, at + 26, hashSpan(body, at, at + 26)).text, `Plenipotentiary${k}Delegation`);
  }
  const kept = heapAfter() - before;
  assert.ok(kept < 8 * 1024 * 1024, `${(kept / 1048576).toFixed(1)} MB still held after the bodies went`);
});

test.run();
