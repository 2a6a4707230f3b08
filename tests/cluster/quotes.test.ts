import { suite } from "uvu";
import * as assert from "uvu/assert";
import { quoteOverlap, quoteShingles, quotedSpans } from "../../src/cluster/quotes.ts";

const Spans = suite("quotedSpans");
for (const [name, text, want] of [
  ["curly quotes", "She said: “We will not move an inch,” and left.", ["we will not move an inch"]],
  ["straight quotes", 'He called it "a road to nowhere at all".', ["a road to nowhere at all"]],
  ["guillemets", "Il a dit «nous ne céderons jamais rien».", ["nous ne céderons jamais rien"]],
  ["short quotes are names, not statements", 'The so-called "root causes" remain.', []],
  ["two quotes", '"One two three four," he said, "five six seven eight."', ["one two three four", "five six seven eight"]],
] as const)
  Spans(`quotedSpans :: ${name}`, () => assert.equal(quotedSpans(text), [...want]));
Spans.run();

const Overlap = suite("quoteOverlap");
const q = (s: string) => quoteShingles(quotedSpans(s));
for (const [name, a, b, want] of [
  ["same quote", '"not one more ship will pass"', '"Not one more ship will pass."', 1],
  ["a quote cut short is contained", '"not one more ship will pass"', '"one more ship will"', 1],
  ["different words", '"a strike leads to nowhere"', '"a strike is a road to nowhere"', 0],
  ["no quote on one side", '"a strike leads to nowhere"', "no quotes here", 0],
] as const)
  Overlap(`quoteOverlap :: ${name}`, () => assert.is(quoteOverlap(q(a), q(b)), want));
Overlap.run();
