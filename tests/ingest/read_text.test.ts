import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readText } from "../../src/ingest/read_text.ts";

const rt = suite("readText");
const body = [
  "The harbour board said on Monday it would keep the night shifts for another month.",
  "Unions welcomed the decision but said they wanted a written guarantee.",
];

// [name, text, title, source]
const table: [string, string, string | null, string | null][] = [
  ["headline line, blank-line paragraphs", `Night shifts stay\n\n${body.join("\n\n")}`, "Night shifts stay", null],
  ["no headline, one paragraph per line", body.join("\n"), null, null],
  ["a caption above the headline", `Union Leader Piet Haan\n\nNight shifts stay\n\n${body.join("\n\n")}`, "Night shifts stay", null],
  ["agency from the dateline", `Night shifts stay\nANTWERP (Portwire) – ${body.join("\n")}`, "Night shifts stay", "Portwire"],
  ["site name from a subscription line beats the agency", `ANTWERP (Portwire) – ${body.join("\n")}\nDiscover more from Quay Letters\nSubscribe to have new posts sent to your inbox.`, null, "Quay Letters"],
];
for (const [name, text, title, source] of table)
  rt(`readText :: ${name}`, () => {
    const d = readText(text);
    assert.is(d.title, title);
    assert.is(d.source, source);
    assert.equal(d.paragraphs, body);
  });
rt.run();
