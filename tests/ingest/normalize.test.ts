import { suite } from "uvu";
import * as assert from "uvu/assert";
import { comparable, normalizeText } from "../../src/ingest/normalize.ts";

const norm = suite("normalizeText");
const cases: [string, string, string, boolean][] = [
  ["BOM and CRLF", "\uFEFFone\r\ntwo\rthree", "one\ntwo\nthree", false],
  ["no-break and narrow spaces", "20\u00A0%\u202Fnow", "20 % now", false],
  ["NFC", "Cafe\u0301", "Café", false],
  ["invisible characters", "soft\u00ADhy\u200Bphen", "softhyphen", false],
  ["control characters", "a\u0007b\u0085c", "abc", false],
  ["entities with a semicolon", "AT&amp;T &ldquo;x&rdquo; &nbsp;y", "AT&T “x”  y", true],
  ["no entity without a semicolon", "R&D &notice", "R&D &notice", true],
  ["entities left alone when not asked", "a &amp; b", "a &amp; b", false],
];
for (const [name, input, expected, entities] of cases)
  norm(`normalizeText :: ${name}`, () => assert.is(normalizeText(input, { entities }), expected));

const comp = suite("comparable");
comp("comparable :: quotes, case, dashes and spacing do not matter", () => {
  assert.is(comparable("  “Talks”  RESUME – Today's "), comparable('"talks" resume - today\u2019s'));
  assert.is.not(comparable("Talks resume"), comparable("Talks stall"));
});

norm.run();
comp.run();
