import { suite } from "uvu";
import * as assert from "uvu/assert";
import { holdsWords, norm } from "../../../src/summarize/text/fits.ts";

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

/** What norm stands for: the lowercase name through three replacements. */
const replaced = (name: string) => name.toLowerCase().replace(/['’‘]s\b/g, "").replace(/['’‘.]/g, "").replace(/\s+/g, " ");

const N = suite("norm");
N("norm :: possessives, apostrophes and dots go, white space folds to one space", () => {
  assert.is(norm("Waterside Workers' Alliance"), "waterside workers alliance");
  assert.is(norm("Humber Rail Users’ Group"), "humber rail users group");
  assert.is(norm("St. John's  Hospital"), "st john hospital");
  assert.is(norm("U.S. Steel"), "us steel");
  assert.is(norm("the union's\tboard"), "the union board");
});
N("norm :: a clean name comes back as it is", () => {
  const name = "waterside workers alliance";
  assert.is(norm(name), name);
});
N("norm :: as the replacements say, for every string of these characters up to four long", () => {
  const chars = ["a", "S", "s", "'", "’", "‘", ".", " ", "\t", "\u00a0", "_", "1", "é", "İ", "\u2028"];
  const all = (n: number): string[] => (n === 0 ? [""] : all(n - 1).flatMap((t) => chars.map((c) => t + c)));
  for (const t of all(4)) assert.is(norm(t), replaced(t), JSON.stringify(t));
});
N.run();
