import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { readFiles } from "../../src/ingest/read.ts";
import { isUrl, readUrl } from "../../src/ingest/read_url.ts";
import { DEFAULT_FETCH } from "../../src/config.ts";
import { OPTS, fixture, startServer } from "./helpers.ts";

const FETCH = { ...DEFAULT_FETCH, timeoutMs: 2000, retries: 0 };
const serve = (type: string, body: string) => (_: unknown, res: import("node:http").ServerResponse) => res.writeHead(200, { "content-type": type }).end(body);

const url = suite("readUrl");
url("isUrl :: only http and https", () => {
  assert.equal(["https://example.org/a", "http://x/", "ftp://x/", "notes/https.txt", "C:\\x.txt"].map(isUrl), [true, true, false, false, false]);
});
url("readUrl :: a page becomes one article named by its URL", async () => {
  const server = await startServer({ "/story": serve("text/html; charset=utf-8", readFileSync(fixture("page.html"), "utf8")) });
  try {
    const r = await readUrl(`${server.url}/story`, OPTS, FETCH);
    assert.equal(r.errors, []);
    assert.is(r.articles.length, 1);
    assert.is(r.articles[0]!.file, `${server.url}/story`);
    assert.ok(r.articles[0]!.body.length > 100);
  } finally {
    await server.close();
  }
});
url("readUrl :: a feed becomes one article per item", async () => {
  const server = await startServer({ "/feed": serve("application/rss+xml", readFileSync(fixture("feed.rss"), "utf8")) });
  try {
    const r = await readUrl(`${server.url}/feed`, OPTS, FETCH);
    assert.ok(r.articles.length >= 2, `${r.articles.length} items`);
  } finally {
    await server.close();
  }
});
url("readFiles :: a failing URL is named and the files after it are still read (fail)", async () => {
  const server = await startServer({});
  try {
    const r = await readFiles([`${server.url}/gone`, fixture("wire_story.txt")], { ...OPTS, fetch: FETCH });
    assert.is(r.errors.length, 1);
    assert.is(r.errors[0]!.file, `${server.url}/gone`);
    assert.match(r.errors[0]!.message, /404/);
    assert.is(r.articles.length, 1);
  } finally {
    await server.close();
  }
});
url.run();
