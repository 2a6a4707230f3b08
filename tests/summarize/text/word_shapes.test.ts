import { suite } from "uvu";
import * as assert from "uvu/assert";
import { WordShapes } from "../../../src/summarize/text/word_shapes.ts";

const may = suite("WordShapes");

const NAMES = new WordShapes([["Sorin", "Ode"], new Set(["Łukasz"])]);
const SEXES = new WordShapes([["she", "woman"], ["he"]]);
const LONG = "x".repeat(40);

// [shapes, text, from, to, may it be one of the words?]
const CASES: [string, WordShapes, string, number, number, boolean][] = [
  ["a word of the lists", NAMES, "Sorin", 0, 5, true],
  ["another word of a listed length and first letter", NAMES, "Smith", 0, 5, true],
  ["a listed length, another first letter", NAMES, "Marks", 0, 5, false],
  ["a listed first letter, another length", NAMES, "Sori", 0, 4, false],
  ["a listed length and a listed first letter, but of two words", NAMES, "Sam", 0, 3, false],
  ["an ASCII letter in the other case may be one", NAMES, "sorin", 0, 5, true],
  ["a first character of no listed word", NAMES, "#orin", 0, 5, false],
  ["a first letter past ASCII may always be one", NAMES, "Łódź", 0, 4, true],
  ["words of 31 characters and more are all of one length", new WordShapes([["x".repeat(31)]]), LONG, 0, 40, true],
  ["a long word, when no listed word is long", NAMES, LONG, 0, 40, false],
  ["a span of a longer text", NAMES, "said Ode today", 5, 8, true],
  ["a span that is no word of the lists", NAMES, "said Ode today", 9, 14, false],
  ["lowercase words: an uppercase first letter may be one", SEXES, "Woman", 0, 5, true],
  ["lowercase words: a lowercase word", SEXES, "he said", 0, 2, true],
  ["lowercase words: a shape of no listed word", SEXES, "they", 0, 4, false],
  ["lists after the first count too", SEXES, "HE", 0, 2, true],
];
for (const [name, shapes, text, from, to, expected] of CASES) may(`may :: ${name}`, () => assert.is(shapes.may(text, from, to), expected));

may("may :: the whole text when no span is given", () => {
  assert.is(NAMES.may("Ode"), true);
  assert.is(NAMES.may("Odes"), false);
});

may("may :: a word the lists hold is never refused, whatever its case or length", () => {
  const words = ["Ivan", "Ana", "Ode", "al-Harbi", "Åsa", "Zhou", "O'Brien", "x".repeat(35)];
  const shapes = new WordShapes([words]);
  for (const w of words) assert.ok(shapes.may(w), w);
  const lower = new WordShapes([words.map((w) => w.toLowerCase())]);
  for (const w of words) assert.ok(lower.may(w) && lower.may(w.toUpperCase()), w);
});

may.run();
