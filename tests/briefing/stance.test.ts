import { suite } from "uvu";
import * as assert from "uvu/assert";
import { firmness, shiftOf, subjectWords, sameSubject, SAME_SUBJECT } from "../../src/briefing/stance.ts";

const Shift = suite("shiftOf");
for (const [before, after, want] of [
  ["offer", "demand", "harder"],
  ["position", "demand", "harder"],
  ["offer", "rejection", "harder"],
  ["position", "warning", "harder"],
  ["demand", "offer", "softer"],
  ["demand", "position", "softer"],
  ["rejection", "warning", "other"],
] as const)
  Shift(`shiftOf :: ${before} -> ${after} is ${want}`, () => assert.is(shiftOf(before, after), want));
Shift.run();

const Subject = suite("subjectWords");
for (const [a, b, same] of [
  ["Ostland must lift the blockade", "ready to discuss lifting the blockade with Ostland", true],
  ["demands talks on transit fees", "offers talks on transit fees", true],
  ["close the consulate in Tarnow", "a 9 percent pay rise", false],
] as const)
  Subject(`subjectWords :: "${a}" ${same ? "~" : "!~"} "${b}"`, () => assert.is(sameSubject(subjectWords(a), subjectWords(b)) >= SAME_SUBJECT, same));
Subject("subjectWords :: stance words are set aside", () => assert.equal([...subjectWords("Ostland must urgently reject and refuse the offer")].sort(), ["ostland", "urgently"]));
Subject.run();

const Firm = suite("firmness");
const FIRMNESS: [string, number][] = [
  ["a full ceasefire now", 2],
  ["talks could be considered", -2],
  ["a ceasefire", 0],
  ["Never, under any circumstances", 3],
];
for (const [text, expected] of FIRMNESS)
  Firm(`firmness :: "${text}"`, () => {
    assert.is(firmness(text), expected);
  });
Firm.run();
