import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig, pathPrefixOf } from "../src/config.ts";

function projectWith(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-config-"));
  writeFileSync(join(dir, "daybrief.config.json"), typeof config === "string" ? config : JSON.stringify(config));
  return dir;
}

const load = suite("loadConfig");
load("loadConfig :: defaults without a configuration file", () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-config-"));
  const cfg = loadConfig(dir);
  assert.is(cfg.store, join(dir, "articles"));
  assert.is(cfg.briefings, join(dir, "briefings"));
  assert.is(cfg.output, join(dir, "_site"));
  assert.is(cfg.site.timeZone, "UTC");
  assert.is(cfg.site.pathPrefix, "/");
  assert.is(cfg.maxArticleBytes, 5 * 1024 * 1024);
});
load("loadConfig :: site URL gives the path prefix, with a trailing slash added", () => {
  const cfg = loadConfig(projectWith({ site: { url: "https://example.org/brief" } }));
  assert.is(cfg.site.url, "https://example.org/brief/");
  assert.is(cfg.site.pathPrefix, "/brief/");
});
load("loadConfig :: --input moves the briefings beside the other store", () => {
  const dir = projectWith({});
  const cfg = loadConfig(dir, { input: "/data/news/articles" });
  assert.is(cfg.store, "/data/news/articles");
  assert.is(cfg.briefings, "/data/news/briefings");
  assert.is(loadConfig(dir, { input: "/data/x", briefings: "b" }).briefings, join(dir, "b"));
});
load("loadConfig :: feeds may be plain URLs or objects", () => {
  const cfg = loadConfig(projectWith({ feeds: ["https://example.org/a.xml", { url: "https://example.org/b.xml", name: "B" }] }));
  assert.equal(cfg.feeds, [{ url: "https://example.org/a.xml" }, { url: "https://example.org/b.xml", name: "B" }]);
});

const BAD: [string, unknown, RegExp][] = [
  ["not JSON", "{ site: ", /not valid JSON/],
  ["not an object", "[1, 2]", /must hold a JSON object/],
  ["unknown zone", { site: { timeZone: "Mars/Olympus" } }, /site\.timeZone is not a known time zone/],
  ["relative URL", { site: { url: "/brief/" } }, /site\.url is not an absolute URL/],
  ["wrong type", { store: 42 }, /"store" must be a string/],
  ["feed without url", { feeds: [{ name: "x" }] }, /feeds\[0\] needs a "url"/],
  ["dictionaries not a list", { dictionaries: "people.json" }, /"dictionaries" must be a list of strings/],
];
for (const [name, config, message] of BAD)
  load(`loadConfig :: ${name} (fail)`, () => {
    const dir = projectWith(config);
    try {
      loadConfig(dir);
      assert.unreachable("should have thrown");
    } catch (e) {
      assert.instance(e, ConfigError);
      assert.match((e as Error).message, message);
      assert.match((e as Error).message, /daybrief\.config\.json/);
    }
  });
load.run();

const prefix = suite("pathPrefixOf");
prefix("pathPrefixOf :: root and subfolders", () => {
  assert.is(pathPrefixOf("https://example.org"), "/");
  assert.is(pathPrefixOf("https://example.org/a/b"), "/a/b/");
});
prefix.run();
