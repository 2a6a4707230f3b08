import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { readHtml } from "../../src/ingest/read_html.ts";
import { fixture } from "./helpers.ts";

const rh = suite("readHtml");
const html = readFileSync(fixture("page.html"), "utf8");

rh("readHtml :: the article's paragraphs, without navigation, captions, asides or footer", () => {
  const d = readHtml(html);
  assert.is(d.paragraphs.length, 4);
  assert.ok(d.paragraphs[0]!.startsWith("The city council voted nineteen to twelve"));
  assert.ok(d.paragraphs[0]!.includes("mayor’s budget"), "entities decoded");
  const all = d.paragraphs.join("\n");
  for (const gone of ["Home", "Photo:", "Most read", "Bridge closed", "cookies", "Share this article", "All rights reserved"]) assert.not.ok(all.includes(gone), gone);
});

rh("readHtml :: metadata from the page", () => {
  const d = readHtml(html);
  assert.is(d.title, "Council rejects the budget plan");
  assert.is(d.source, "Riverside Courier");
  assert.is(d.url, "https://courier.example.org/city/council-budget");
  assert.is(d.published, "2025-02-10T08:15:00+01:00");
  assert.is(d.author, "Page Reporter");
  assert.equal(d.meta.headings, ["Reactions from the unions"]);
  assert.is(d.meta.description, "The council voted against the plan after a long night.");
});

rh("readHtml :: a page too short for Readability still gives its text", () => {
  const d = readHtml("<html><head><title>Note</title></head><body><p>The ferry leaves at noon.</p></body></html>");
  assert.equal(d.paragraphs, ["The ferry leaves at noon."]);
  assert.is(d.title, "Note");
});

rh.run();
