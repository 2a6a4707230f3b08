import { suite } from "uvu";
import * as assert from "uvu/assert";
import { textBlocks } from "../../src/ingest/blocks.ts";
import { structure } from "../../src/ingest/structure.ts";

const txt = (lines: string[]) => structure(textBlocks(lines.join("\n")), { findHeadline: true });

const S1 = "The port authority said on Monday that it would close the northern pier for repairs until the spring.";
const S2 = "Shipping firms said they had not been consulted and asked for a meeting with the board.";

const head = suite("structure: headline and caption");
// [lines, title, caption]
const heads: [string, string[], string | null, string | null][] = [
  ["a first short line is the headline", ["Northern pier to close for repairs", S1, S2], "Northern pier to close for repairs", null],
  ["a first full sentence is not", [S1, S2], null, null],
  ["a name alone above a headline is a caption", ["Harbour Master Ines Valk", "Northern pier to close for repairs", S1, S2], "Northern pier to close for repairs", "Harbour Master Ines Valk"],
  ["a photo credit above a headline is boilerplate", ["Photo: Port authority", "Northern pier to close for repairs", S1], "Northern pier to close for repairs", null],
  ["a title-case headline is not a caption when body follows", ["Port Closes Northern Pier", S1, S2], "Port Closes Northern Pier", null],
  ["a question headline", ["Will the pier reopen by spring?", S1], "Will the pier reopen by spring?", null],
  ["a lone short line is body, not a headline", ["Northern pier to close for repairs"], null, null],
];
for (const [name, lines, title, caption] of heads)
  head(`structure :: ${name}`, () => {
    const s = txt(lines);
    assert.is(s.title, title);
    assert.is(s.caption, caption);
    if (title) assert.not.ok(s.paragraphs.includes(title), "the headline is not body");
    if (caption) assert.not.ok(s.paragraphs.includes(caption), "the caption is not body");
  });

const inner = suite("structure: headings, labels, dateline");
inner("structure :: sub-headings leave the body and are kept in headings", () => {
  const s = txt([S1, "WHAT THE FIRMS WANT", S2, "A way out?", S1]);
  assert.equal(s.headings, ["WHAT THE FIRMS WANT", "A way out?"]);
  assert.equal(s.paragraphs, [S1, S2, S1]);
});
inner("structure :: label lines are dropped, but not before a quotation", () => {
  const s = txt(["Background:", S1, "The harbour master said:", "“We will reopen it as soon as we can.”"]);
  assert.equal(s.labels, ["Background:"]);
  assert.equal(s.paragraphs, [S1, "The harbour master said:", "“We will reopen it as soon as we can.”"]);
});
inner("structure :: a dateline leaves the first paragraph and names the agency", () => {
  const s = txt(["Northern pier to close", `ROTTERDAM, May 2 (Portwire) – ${S1}`, S2]);
  assert.is(s.dateline?.text, "ROTTERDAM, May 2 (Portwire)");
  assert.is(s.dateline?.agency, "Portwire");
  assert.is(s.paragraphs[0], S1);
});
inner("structure :: only the first paragraph can hold a dateline", () => {
  const s = txt([S1, `ROTTERDAM (Portwire) – ${S2}`]);
  assert.is(s.dateline, null);
  assert.is(s.paragraphs[1], `ROTTERDAM (Portwire) – ${S2}`);
});
inner("structure :: boilerplate goes, a comment form takes the rest with it", () => {
  const s = txt([S1, "See also: Ferries cancelled", S2, "Discover more from Port Weekly | Ships and people", "Leave a Reply", "Great article, thanks!", "Anonymous"]);
  assert.equal(s.paragraphs, [S1, S2]);
  assert.is(s.siteName, "Port Weekly");
  assert.equal(s.boilerplate, ["see_also", "discover_more", "comment_form"]);
});
inner("structure :: a known title is dropped from the top of the text", () => {
  const s = structure(
    [
      { text: "Northern pier to close", kind: "heading" },
      { text: S1, kind: "para" },
    ],
    { findHeadline: false, title: "Northern Pier to Close" },
  );
  assert.equal(s.headings, []);
  assert.equal(s.paragraphs, [S1]);
});

head.run();
inner.run();
