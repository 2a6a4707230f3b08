import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sameSpelling, spellingFold } from "../../../src/summarize/text/spelling.ts";

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
