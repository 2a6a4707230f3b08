import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sameSpelling, Spelling, spellingFold } from "../../../src/summarize/text/spelling.ts";

const S = suite("sameSpelling");
const SAME: [string, string][] = [
  ["Sergei", "Sergey"], ["Zelenskiy", "Zelenskyy"], ["Mohammed", "Mohamed"], ["Youssef", "Yousif"],
  ["Mammadov", "Mamedov"], ["Alekseev", "Alekseyev"], ["Dmitri", "Dmitry"], ["Müller", "Muller"],
];
const DIFFERENT: [string, string][] = [["Lin", "Lan"], ["Wang", "Wong"], ["Petrov", "Ivanov"], ["Hale", "Hall"], ["Marek", "Marko"]];
for (const [a, b] of SAME) S(`sameSpelling :: ${a} / ${b}`, () => assert.ok(sameSpelling(a, b)));
for (const [a, b] of DIFFERENT) S(`sameSpelling :: ${a} / ${b} (fail)`, () => assert.not.ok(sameSpelling(a, b)));
S("spellingFold :: double letters and ou fold", () => assert.is(spellingFold("Youssef"), spellingFold("Yusef")));
S.run();

const P = suite("Spelling");
P("Spelling :: one spelling compared with many, folded once", () => {
  const mamedov = new Spelling("Mamedov");
  assert.ok(mamedov.same(new Spelling("Mammadov")));
  assert.not.ok(mamedov.same(new Spelling("Petrov")));
  assert.ok(mamedov.same(new Spelling("Mamedov")));
  assert.is(mamedov.fold, spellingFold("Mamedov"));
});
P("Spelling :: folds only when compared", () => {
  const unnamed = new Spelling(undefined as unknown as string);
  assert.throws(() => unnamed.same(new Spelling("Sorin")));
});
P.run();
