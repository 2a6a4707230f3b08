import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../../src/config.ts";
import { addFeedsToConfig, importOpml, parseOpml } from "../../src/ingest/opml.ts";
import { fixture, tempDir } from "./helpers.ts";

const po = suite("parseOpml");
po("parseOpml :: nested outlines flattened, each URL once, bad URLs reported", () => {
  const r = parseOpml(readFileSync(fixture("subscriptions.opml"), "utf8"), "subs.opml");
  assert.equal(r.feeds, [
    { url: "https://gazette.example.org/feed", name: "Valley Gazette" },
    { url: "https://hillpost.example.org/atom.xml", name: "Hill Post" },
    { url: "https://lake.example.org/feed.json?a=1&b=2", name: "Lake Bulletin" },
  ]);
  assert.equal(r.errors, [{ file: "subs.opml", message: 'outline "Broken": xmlUrl is not an http(s) URL: ftp://old.example.org/feed' }]);
});
const bad: [string, string, RegExp][] = [
  ["not OPML (fail)", "<rss><channel/></rss>", /^not an OPML file/],
  ["no feeds (fail)", '<opml version="2.0"><body><outline text="x"/></body></opml>', /^no feeds in the OPML file/],
  ["malformed (fail)", "<opml><body>", /^malformed XML: /],
  ["entities declared (fail)", '<!DOCTYPE opml [<!ENTITY a "b">]><opml><body/></opml>', /^malformed XML: refused/],
];
for (const [name, xml, message] of bad)
  po(`parseOpml :: ${name}`, () => {
    const r = parseOpml(xml, "x.opml");
    assert.equal(r.feeds, []);
    assert.match(r.errors[0]!.message, message);
  });

const io = suite("importOpml");
io("importOpml :: reads the file; a missing one is an error naming it", async () => {
  assert.is((await importOpml(fixture("subscriptions.opml"))).feeds.length, 3);
  const r = await importOpml("/nonexistent/subs.opml");
  assert.is(r.errors[0]!.file, "/nonexistent/subs.opml");
  assert.is(r.errors[0]!.message, "no such file");
});
io("importOpml :: a file over the cap is refused before it is read (fail)", async () => {
  const r = await importOpml(fixture("subscriptions.opml"), 100);
  assert.equal(r, { feeds: [], errors: [{ file: fixture("subscriptions.opml"), message: "larger than the 100 bytes limit" }] });
});

const add = suite("addFeedsToConfig");
add("addFeedsToConfig :: appends new feeds only and keeps every other setting", async () => {
  const dir = tempDir();
  const file = join(dir, "daybrief.config.json");
  writeFileSync(file, JSON.stringify({ site: { title: "Desk", timeZone: "Europe/Berlin" }, feeds: ["https://gazette.example.org/feed/"] }));
  const r = await addFeedsToConfig(file, [
    { url: "https://gazette.example.org/feed", name: "Valley Gazette" },
    { url: "https://hillpost.example.org/atom.xml", name: "Hill Post" },
  ]);
  assert.equal(r.added, [{ url: "https://hillpost.example.org/atom.xml", name: "Hill Post" }]);
  assert.is(r.total, 2);
  const cfg = loadConfig(dir);
  assert.is(cfg.site.title, "Desk");
  assert.equal(cfg.feeds, [{ url: "https://gazette.example.org/feed/" }, { url: "https://hillpost.example.org/atom.xml", name: "Hill Post" }]);
});
add("addFeedsToConfig :: creates the file when there is none; refuses a broken one (fail)", async () => {
  const dir = tempDir();
  const file = join(dir, "daybrief.config.json");
  await addFeedsToConfig(file, [{ url: "https://a.example.org/feed" }]);
  assert.equal(JSON.parse(readFileSync(file, "utf8")), { feeds: [{ url: "https://a.example.org/feed" }] });
  writeFileSync(file, "{ not json");
  try {
    await addFeedsToConfig(file, [{ url: "https://b.example.org/feed" }]);
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /daybrief\.config\.json: not valid JSON/);
  }
  assert.is(readFileSync(file, "utf8"), "{ not json", "left as it was");
});

po.run();
io.run();
add.run();
