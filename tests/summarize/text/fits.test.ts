import { suite } from "uvu";
import * as assert from "uvu/assert";
import { holdsWords } from "../../../src/summarize/text/fits.ts";

/** What holdsWords stands for: the name spaced at both ends holds the text spaced at both ends. */
const spaced = (name: string, text: string) => (" " + name + " ").includes(" " + text + " ");

const H = suite("holdsWords");
H("holdsWords :: whole words at the start, in the middle and at the end", () => {
  assert.ok(holdsWords("waterside workers alliance", "waterside"));
  assert.ok(holdsWords("waterside workers alliance", "workers"));
  assert.ok(holdsWords("waterside workers alliance", "alliance"));
  assert.ok(holdsWords("north atlantic treaty organization", "treaty organization"));
});
H("holdsWords :: part of a word is not held (fail)", () => {
  assert.not.ok(holdsWords("unionists for change", "union"));
  assert.not.ok(holdsWords("trade unions", "union"));
  assert.not.ok(holdsWords("the reunion", "union"));
});
H("holdsWords :: a later occurrence may be the whole word", () => {
  assert.ok(holdsWords("unionists union", "union"));
  assert.ok(holdsWords("reunion union", "union"));
});
H("holdsWords :: as the spaced test says, for odd spacing and empty texts too", () => {
  const names = ["", " ", "a", "ab", " ab", "ab ", "a  b", "union", "union union", "x union ", "unionunion"];
  const texts = ["", " ", "a", "b", "ab", "a b", "union", " union", "union "];
  for (const n of names) for (const t of texts) assert.is(holdsWords(n, t), spaced(n, t), JSON.stringify([n, t]));
});
H.run();
