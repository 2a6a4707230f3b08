import { suite } from "uvu";
import * as assert from "uvu/assert";
import { textBlocks } from "../../src/ingest/blocks.ts";

const blocks = suite("textBlocks");

blocks("textBlocks :: one line, one paragraph; blank lines do not matter", () => {
  const long = "The harbour board met on Monday and agreed to extend the night shifts until the end of the month, officials said.";
  const b = textBlocks(`${long}\n${long}\n\n\n${long}`);
  assert.is(b.length, 3);
  assert.ok(b.every((x) => x.kind === "para" && x.text === long));
});

blocks("textBlocks :: hard-wrapped paragraphs are joined, a short line ends each", () => {
  const text = [
    "The harbour board met on Monday and agreed to extend",
    "the night shifts until the end of the month, officials",
    "said on Tuesday.",
    "",
    "NEXT STEPS",
    "",
    "Unions said they would study the offer before giving an",
    "answer to the board later this week in the capital.",
  ].join("\n");
  assert.equal(
    textBlocks(text).map((b) => b.text),
    [
      "The harbour board met on Monday and agreed to extend the night shifts until the end of the month, officials said on Tuesday.",
      "NEXT STEPS",
      "Unions said they would study the offer before giving an answer to the board later this week in the capital.",
    ],
  );
});

blocks("textBlocks :: bullets become list items without their marker", () => {
  assert.equal(textBlocks("Demands:\n• shorter shifts\n- higher pay\n2) a new contract"), [
    { text: "Demands:", kind: "para" },
    { text: "shorter shifts", kind: "item" },
    { text: "higher pay", kind: "item" },
    { text: "a new contract", kind: "item" },
  ]);
});

blocks("textBlocks :: white space inside a line is collapsed", () => {
  assert.equal(textBlocks("  two   spaces\there  "), [{ text: "two spaces here", kind: "para" }]);
});

blocks.run();
