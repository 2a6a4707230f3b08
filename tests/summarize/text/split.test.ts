import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { closerAt, splitLine, splitSpan, stopAt } from "../../../src/summarize/text/split.ts";

const words = loadLexicon().words;
const split = (line: string) => splitLine(line, words).map(([a, b]) => line.slice(a, b));

const S = suite("splitLine");
const CASES: [string, string[]][] = [
  ["Talks resumed. The union agreed.", ["Talks resumed.", "The union agreed."]],
  ["Dr. Ana Ode and Lt.-Gen. Moor met on Jan. 5 in the U.S. capital.", ["Dr. Ana Ode and Lt.-Gen. Moor met on Jan. 5 in the U.S. capital."]],
  ["Talks stalled in the U.S. The union walked out.", ["Talks stalled in the U.S.", "The union walked out."]],
  ["J. R. Moor said inflation hit 3.5% in May. Prices fell.", ["J. R. Moor said inflation hit 3.5% in May.", "Prices fell."]],
  ["“We will strike.” The board said no.", ["“We will strike.”", "The board said no."]],
  ["He paused... Then he left.", ["He paused...", "Then he left."]],
  ["The union (which met Tuesday. Again.) agreed.", ["The union (which met Tuesday. Again.) agreed."]],
  ["The B.C. Chamber of Commerce agreed. Talks resumed.", ["The B.C. Chamber of Commerce agreed.", "Talks resumed."]],
  ["Prices rose in the N.W.T. The union agreed.", ["Prices rose in the N.W.T.", "The union agreed."]],
  // A single letter that names something still ends a sentence before a usual opener; an initial before a name does not.
  ["The minister wrote on X. He said the queue was fair.", ["The minister wrote on X.", "He said the queue was fair."]],
  ["President George W. Bush said the talks would resume.", ["President George W. Bush said the talks would resume."]],
  // Initials and dotted abbreviations in letters beyond ASCII.
  ["Talks stalled, said Á. Moor. Prices fell.", ["Talks stalled, said Á. Moor.", "Prices fell."]],
  ["Prices rose in the É.U. The union agreed.", ["Prices rose in the É.U.", "The union agreed."]],
];
for (const [line, expected] of CASES) S(`splitLine :: ${line}`, () => assert.equal(split(line), expected));
S.run();

// splitSpan reads a line in place: what lies outside the span must not decide a boundary.
const spanOf = (text: string, from: number, to: number) => {
  const ends = splitSpan(text, from, to, words);
  const out: [number, number][] = [];
  for (let k = 0; k < ends.length; k += 2) out.push([ends[k]! - from, ends[k + 1]! - from]);
  return out;
};
const P = suite("splitSpan");
const SPANS: [string, number, number][] = [
  ["Talks resumed. The union agreed.\nPrices fell. Rents rose.", 0, 32],
  ["Talks resumed. The union agreed.\nPrices fell. Rents rose.", 33, 57],
  ["x (Talks resumed. The union agreed.) Prices fell.", 2, 35],
  ["The union met the U.S.\nThe talks", 0, 22],
  ["He said: Talks resumed.  \n  The union agreed.", 0, 25],
  ["It rose.” The\nboard", 0, 13],
  ["It rose. “\nThe board", 0, 10],
  ["Talks stalled in the U.S. The union walked out.", 5, 30],
  ["  \t ", 1, 3],
  ["A headline with no stop\nThen. A line.", 0, 23],
  ["Dr. Ode met Lt.-Gen. Moor. They agreed.", 4, 39],
];
for (const [text, from, to] of SPANS)
  P(`splitSpan :: ${JSON.stringify(text.slice(from, to))} in ${JSON.stringify(text)}`, () => assert.equal(spanOf(text, from, to), splitLine(text.slice(from, to), words)));
P.run();

const M = suite("stopAt and closerAt");
// [character, a stop, a closing mark]
const MARKS: [string, boolean, boolean][] = [
  [".", true, false], ["!", true, false], ["?", true, false], ["…", true, false],
  ['"', false, true], ["'", false, true], ["”", false, true], ["’", false, true], [")", false, true], ["]", false, true], ["»", false, true],
  [",", false, false], [":", false, false], ["“", false, false], ["(", false, false], ["a", false, false], [" ", false, false],
];
for (const [c, stop, closer] of MARKS)
  M(`stopAt and closerAt :: ${JSON.stringify(c)}`, () => {
    assert.is(stopAt(`x${c}`, 1), stop);
    assert.is(closerAt(`x${c}`, 1), closer);
  });
M.run();
