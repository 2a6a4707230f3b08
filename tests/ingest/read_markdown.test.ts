import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { readMarkdown } from "../../src/ingest/read_markdown.ts";
import { fixture } from "./helpers.ts";

const rm = suite("readMarkdown");

rm("readMarkdown :: front matter fields, other keys kept, Markdown turned into text", () => {
  const d = readMarkdown(readFileSync(fixture("analysis.md"), "utf8"));
  if ("error" in d) return assert.unreachable(d.error);
  assert.is(d.title, "Grain corridor: what each side wants");
  assert.is(d.source, "The Example Ledger");
  assert.is(d.url, "https://ledger.example.org/grain-corridor");
  assert.is(d.published, "2025-01-14T23:30:00Z");
  assert.is(d.author, "Desk Writer");
  assert.equal(d.meta.tags, ["trade", "shipping"]);
  assert.equal(d.meta.headings, ["The sticking points"]);
  assert.equal(d.paragraphs, [
    "The coastal states demanded guarantees for merchant ships on Tuesday, and the inland union said it would not sign without a review clause.",
    "Insurance for crews",
    "A neutral inspection office",
    "Traders called the plan “workable” but warned that prices would stay high.",
  ]);
});

rm("readMarkdown :: without front matter, a leading # heading is the title", () => {
  const d = readMarkdown("# Quay reopens\n\nThe quay reopened on [Monday](https://x.example.org) after *two* weeks.\n");
  if ("error" in d) return assert.unreachable(d.error);
  assert.is(d.title, "Quay reopens");
  assert.equal(d.paragraphs, ["The quay reopened on Monday after two weeks."]);
});

rm("readMarkdown :: a list of authors is joined; a YAML date is a date", () => {
  const d = readMarkdown("---\nauthor: [A. Writer, B. Writer]\npublished: 2025-01-14\n---\nText.\n");
  if ("error" in d) return assert.unreachable(d.error);
  assert.is(d.author, "A. Writer, B. Writer");
  assert.is(d.published, "2025-01-14");
});

const bad: [string, string, RegExp][] = [
  ["title given as a list (fail)", "---\ntitle: [a, b]\n---\nText.", /^front matter: "title" must be text, found a list/],
  ["url not absolute (fail)", "---\nurl: /relative/path\n---\nText.", /^front matter: "url" is not an absolute URL/],
  ["published as a mapping (fail)", "---\npublished: {day: 3}\n---\nText.", /^front matter: "published" must be a date or text/],
  ["broken YAML (fail)", "---\ntitle: \"unclosed\n---\nText.", /^front matter is not valid YAML/],
];
for (const [name, text, message] of bad)
  rm(`readMarkdown :: ${name}`, () => {
    const d = readMarkdown(text);
    assert.ok("error" in d);
    if ("error" in d) assert.match(d.error, message);
  });

rm.run();
