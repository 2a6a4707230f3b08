import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INDEX_CACHE_FILE, StoreIndex, indexStore, urlKey } from "../../../src/ingest/fetch/store_index.ts";
import { OPTS, put, tempDir } from "../helpers.ts";

const key = suite("urlKey");
const same: [string, string][] = [
  ["https://www.Example.org/a/", "https://example.org/a"],
  ["https://example.org/a?utm_source=rss&utm_medium=feed#comments", "https://example.org/a"],
  ["http://example.org/a?id=3&fbclid=xyz", "http://example.org/a?id=3"],
];
for (const [a, b] of same) key(`urlKey :: ${a} = ${b}`, () => assert.is(urlKey(a), urlKey(b)));
key("urlKey :: a different path or query is a different page", () => {
  assert.is.not(urlKey("https://example.org/a"), urlKey("https://example.org/b"));
  assert.is.not(urlKey("https://example.org/a?id=3"), urlKey("https://example.org/a?id=4"));
});

const idx = suite("indexStore");
idx("indexStore :: URLs, GUIDs and ids of what the store holds", async () => {
  const store = tempDir();
  put(store, "2025-03-01/a.md", "---\ntitle: Quay\nurl: https://p.example.org/quay\nguid: p-1\nlink: https://p.example.org/?p=1\n---\nThe quay reopened.\n");
  put(store, "2025-03-02/b.txt", "The ferry left at noon, the operator said.\n");
  const index = await indexStore(store, OPTS);
  assert.ok(index.hasLink("https://p.example.org/quay/?utm_source=x", null));
  assert.ok(index.hasLink(null, "p-1"));
  assert.ok(index.hasLink("https://p.example.org/?p=1", null));
  assert.not.ok(index.hasLink("https://p.example.org/other", "p-2"));
  const fresh = new StoreIndex();
  assert.not.ok(fresh.hasLink(null, null));
});

idx("indexStore :: a file unchanged since the last run is not read again; a changed one is", async () => {
  const store = tempDir();
  const file = put(store, "2025-03-01/a.md", "---\nurl: https://p.example.org/one\n---\nThe quay reopened.\n");
  // A whole second, so that setting it again gives exactly the same time.
  const mtime = new Date("2025-03-01T12:00:00Z");
  utimesSync(file, mtime, mtime);
  assert.ok((await indexStore(store, OPTS)).hasLink("https://p.example.org/one", null));
  assert.ok(existsSync(join(store, INDEX_CACHE_FILE)));
  // Same size and time, other text: the index still holds what was read before.
  writeFileSync(file, "---\nurl: https://p.example.org/two\n---\nThe quay reopened.\n");
  utimesSync(file, mtime, mtime);
  const cached = await indexStore(store, OPTS);
  assert.ok(cached.hasLink("https://p.example.org/one", null));
  assert.not.ok(cached.hasLink("https://p.example.org/two", null));
  // A later time: read again.
  const later = new Date(mtime.getTime() + 5000);
  utimesSync(file, later, later);
  assert.ok((await indexStore(store, OPTS)).hasLink("https://p.example.org/two", null));
});
idx("indexStore :: a damaged cache is ignored and written anew", async () => {
  const store = tempDir();
  put(store, "2025-03-01/a.md", "---\nurl: https://p.example.org/one\n---\nThe quay reopened.\n");
  writeFileSync(join(store, INDEX_CACHE_FILE), "{not json");
  assert.ok((await indexStore(store, OPTS)).hasLink("https://p.example.org/one", null));
  assert.is(JSON.parse(readFileSync(join(store, INDEX_CACHE_FILE), "utf8")).version, 1);
});

key.run();
idx.run();
