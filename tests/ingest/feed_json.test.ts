import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { parseJsonFeed } from "../../src/ingest/feed_json.ts";
import { fixture } from "./helpers.ts";

const fj = suite("parseJsonFeed");

fj("parseJsonFeed :: a JSON Feed 1.1 and its items", () => {
  const r = parseJsonFeed(readFileSync(fixture("feed.json"), "utf8"));
  if (!r.ok) return assert.unreachable(r.message);
  assert.is(r.feed.title, "Lake Bulletin");
  const [a, b] = r.feed.items;
  assert.is(a!.guid, "lake-1");
  assert.is(a!.author, "Json Writer");
  assert.match(a!.text!, /^The two ferry operators rejected/);
  assert.equal(a!.categories, ["transport"]);
  assert.is(b!.html, "<p>The old pier reopened after repairs.</p>");
});

fj("parseJsonFeed :: version 1.0 with a single author", () => {
  const r = parseJsonFeed(JSON.stringify({ version: "https://jsonfeed.org/version/1", items: [{ id: 7, author: { name: "Old Author" }, content_text: "x" }] }));
  if (!r.ok) return assert.unreachable(r.message);
  assert.is(r.feed.items[0]!.guid, "7");
  assert.is(r.feed.items[0]!.author, "Old Author");
});

const bad: [string, string, RegExp][] = [
  ["truncated JSON (fail)", '{"version": "https://jsonfeed.org/version/1.1", "items": [', /^not valid JSON: /],
  ["a JSON list (fail)", "[1, 2]", /^not a JSON Feed: the file holds no JSON object/],
  ["no version (fail)", '{"items": []}', /^not a JSON Feed: "version" must be/],
  ["items not a list (fail)", '{"version": "https://jsonfeed.org/version/1.1", "items": 3}', /^not a JSON Feed: "items" must be a list/],
  ["an item not an object (fail)", '{"version": "https://jsonfeed.org/version/1.1", "items": [{}, "x"]}', /^not a JSON Feed: items\[1\] is not an object/],
];
for (const [name, json, message] of bad)
  fj(`parseJsonFeed :: ${name}`, () => {
    const r = parseJsonFeed(json);
    assert.not.ok(r.ok);
    if (!r.ok) assert.match(r.message, message);
  });

fj.run();
