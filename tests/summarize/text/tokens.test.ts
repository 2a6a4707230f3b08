import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asciiLowercase, doubleQuoteAt, flat, fold, moreWordsThan, tokenize, tokenizeSpan } from "../../../src/summarize/text/tokens.ts";

const T = suite("tokenize");
const CASES: [string, string[]][] = [
  ["Russia's claims", ["Russia", "'s", "claims"]],
  ["Russia’s claims", ["Russia", "’s", "claims"]],
  ["the U.S. said", ["the", "U.S.", "said"]],
  ["pro-Russian Lt.-Gen. Moor", ["pro-Russian", "Lt", ".", "-", "Gen", ".", "Moor"]],
  ["up 3.5% or 1,200", ["up", "3.5%", "or", "1,200"]],
  ["“No,” she said", ["“", "No", ",", "”", "she", "said"]],
  ["Petrenskyy Kyiv Brasília", ["Petrenskyy", "Kyiv", "Brasília"]],
  // Beyond ASCII, and met a second time: no-break and thin spaces part words, Arabic-Indic digits
  // make a number, a combining accent stays in its word, a lone high surrogate is a token.
  ["a\u00a0b\u2009c ٣٫٥ ١٢ Cafe\u0301 \ud83d", ["a", "b", "c", "٣", "٫", "٥", "١٢", "Cafe\u0301", "\ud83d"]],
  ["a\u00a0b\u2009c ٣٫٥ ١٢ Cafe\u0301 \ud83d", ["a", "b", "c", "٣", "٫", "٥", "١٢", "Cafe\u0301", "\ud83d"]],
];
for (const [text, expected] of CASES)
  T(`tokenize :: ${text}`, () => {
    assert.equal(tokenize(text).map((t) => t.text), expected);
  });

T("tokenizeSpan :: offsets point into the text", () => {
  const text = "So Ana Ode said";
  const { tokens, offsets } = tokenizeSpan(text, 3, text.length);
  assert.is(offsets.length, 2 * tokens.length);
  tokens.forEach((t, k) => assert.is(text.slice(offsets[2 * k], offsets[2 * k + 1]), t.text));
});

T("tokenize :: lowercase keys fold curly apostrophes", () => {
  assert.is(tokenize("Moscow’s")[1]!.low, "'s");
});
// The token key is fold() of the token, whether the word is plain ASCII, has capitals, accents or curly marks.
const LOW_CASES: [string, string[]][] = [
  ["said the union", ["said", "the", "union"]],
  ["NATO and UN Officials", ["nato", "and", "un", "officials"]],
  ["O’Brien’s BRASÍLIA Öztürk", ["o'brien", "'s", "brasília", "öztürk"]],
  ["a `quoted` word", ["a", "'", "quoted", "'", "word"]],
  ["Ünal’s ‘Deal’ — 3.5%", ["ünal", "'s", "'", "deal", "'", "—", "3.5%"]],
];
for (const [text, expected] of LOW_CASES)
  T(`tokenize :: keys of ${text}`, () => {
    const toks = tokenize(text);
    assert.equal(toks.map((t) => t.low), expected);
    for (const t of toks) assert.is(t.low, fold(t.text));
  });

T.run();

const S = suite("tokenizeSpan");
// Each span ends where reading one character further would change a token, were it read.
const SPANS: [string, number, number][] = [
  ["the U.S.A. said", 0, 7],
  ["up 3.5% or", 0, 6],
  ["Russia's claims", 6, 8],
  ["Russia's claims", 0, 7],
  ["pro-Russian", 0, 4],
  ["a \ud83d\ude00 b", 0, 3],
  ["a \ud83d\ude00 b", 2, 4],
  ["“No,” she said. Then", 4, 15],
];
for (const [text, from, to] of SPANS)
  S(`tokenizeSpan :: ${JSON.stringify(text.slice(from, to))} in ${JSON.stringify(text)}`, () => {
    const alone = tokenizeSpan(text.slice(from, to), 0, to - from);
    const inPlace = tokenizeSpan(text, from, to);
    assert.equal(inPlace.tokens, alone.tokens);
    assert.equal(inPlace.offsets, alone.offsets.map((o) => o + from));
  });
S.run();

const F = suite("flat");
// flat() copies: the value must come back whole, odd code units and all.
const FLAT_CASES: string[] = ["", "a", "Talks resumed in Oslo.", "“No,” she said’s", "\ud800 lone high", "lone low \udc00", "a \ud83d\ude00 b", "Ålesund, Zürich, Kraków", "x".repeat(300_000) + "é"];
for (const text of FLAT_CASES) F(`flat :: ${JSON.stringify(text.slice(0, 24))} (${text.length})`, () => assert.is(flat(text), text));
F("flat :: a joined string and a view into a longer one read the same", () => {
  const long = "The union said on Monday that talks would resume. ".repeat(20);
  assert.is(flat(long + long), long + long);
  assert.is(flat(long.slice(7, 500)), long.slice(7, 500));
});
F.run();

const W = suite("moreWordsThan");
// [from, to, n, expected] in "The union , in Oslo , said no ." has words at 0, 1, 3, 4, 6, 7.
const WORD_CASES: [number, number, number, boolean][] = [
  [0, 9, 5, true],
  [0, 9, 6, false],
  [2, 3, 0, false],
  [2, 4, 0, true],
  [5, 6, 0, false],
  [3, 5, 1, true],
  [3, 5, 2, false],
  [4, 4, 0, false],
];
for (const [from, to, n, expected] of WORD_CASES)
  W(`moreWordsThan :: more than ${n} words in [${from}, ${to}): ${expected}`, () => {
    assert.is(moreWordsThan(tokenize("The union , in Oslo , said no ."), from, to, n), expected);
  });
W.run();

const L = suite("asciiLowercase");
for (const [text, expected] of [["pork", true], ["", false], ["Pork", false], ["state-owned", false], ["café", false], ["b2b", false]] as const)
  L(`asciiLowercase :: ${JSON.stringify(text)}`, () => assert.is(asciiLowercase(text), expected));
L.run();

const Q = suite("doubleQuoteAt");
for (const [text, expected] of [['a "b', true], ["a “b", true], ["a ”b", true], ["a 'b", false], ["a ‘b", false], ["a «b", false]] as const)
  Q(`doubleQuoteAt :: ${text}`, () => assert.is(doubleQuoteAt(text, 2), expected));
Q.run();
