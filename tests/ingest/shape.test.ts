import { suite } from "uvu";
import * as assert from "uvu/assert";
import { finalMark, isHeadingShaped, isHeadlineShaped, isLabel, isListItem, isNameShaped } from "../../src/ingest/shape.ts";

type Row = [string, { headline: boolean; heading: boolean; label: boolean; name: boolean }];
const rows: Row[] = [
  ["Ministers agree on a new ferry timetable", { headline: true, heading: true, label: false, name: false }],
  ["The ministers agreed on a new ferry timetable on Monday.", { headline: false, heading: false, label: false, name: false }],
  ["Is the deal within reach?", { headline: true, heading: true, label: false, name: false }],
  ["What the coastal states, the inland union and the shipping companies each want from the talks?", { headline: false, heading: false, label: false, name: false }],
  ["BEHIND THE SCENES", { headline: true, heading: true, label: false, name: true }],
  ["Background:", { headline: false, heading: false, label: true, name: false }],
  ["He said:", { headline: false, heading: false, label: true, name: false }],
  ["Chief Negotiator Tomas Rell", { headline: true, heading: true, label: false, name: true }],
  ["Minister of Transport Ada Quell", { headline: true, heading: true, label: false, name: true }],
  ["“Not one more cut”", { headline: true, heading: true, label: false, name: false }],
  ["lowercase start without a stop", { headline: false, heading: false, label: false, name: false }],
  ["Outlook", { headline: false, heading: true, label: false, name: false }],
];
const shape = suite("shape");
for (const [text, want] of rows)
  shape(`shape :: ${text}`, () => {
    assert.is(isHeadlineShaped(text), want.headline, "headline");
    assert.is(isHeadingShaped(text), want.heading, "heading");
    assert.is(isLabel(text), want.label, "label");
    assert.is(isNameShaped(text), want.name, "name");
  });

shape("finalMark :: looks through closing quotes and brackets", () => {
  assert.is(finalMark("He left.”"), ".");
  assert.is(finalMark("(see below)"), "w");
  assert.is(finalMark("Really?'"), "?");
});

shape("isListItem :: bullets and numbers, not dashes inside text", () => {
  assert.ok(isListItem("• one"));
  assert.ok(isListItem("2) two"));
  assert.ok(isListItem("- three"));
  assert.not.ok(isListItem("-5% this year"));
});

shape.run();
