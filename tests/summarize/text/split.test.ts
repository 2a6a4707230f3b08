import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { splitLine } from "../../../src/summarize/text/split.ts";

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
  // Initials and dotted abbreviations in letters beyond ASCII.
  ["Talks stalled, said Á. Moor. Prices fell.", ["Talks stalled, said Á. Moor.", "Prices fell."]],
  ["Prices rose in the É.U. The union agreed.", ["Prices rose in the É.U.", "The union agreed."]],
];
for (const [line, expected] of CASES) S(`splitLine :: ${line}`, () => assert.equal(split(line), expected));
S.run();
