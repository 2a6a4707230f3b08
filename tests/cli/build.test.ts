// The whole path: a folder of articles becomes a published site with feeds.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { daybrief, tempProject } from "../fixtures/project.ts";

const project = tempProject();
const first = daybrief(project, "build", "--output", "public");
const site = join(project, "public");
const read = (rel: string) => readFileSync(join(site, rel), "utf8");

const build = suite("daybrief build");
build("build :: a rejected file is named, exit 1, the rest is published", () => {
  assert.is(first.status, 1, first.stderr);
  assert.match(first.stderr, /empty-upload\.txt: .*empty/);
  assert.ok(existsSync(join(site, "briefings/2026-03-02/index.html")));
});
build("build :: index, a page and a JSON document per day, archive, actors, feeds", () => {
  for (const rel of ["index.html", "archive/index.html", "actors/index.html", "briefings/2026-03-02/index.html", "briefings/2026-03-03/index.html", "briefings/2026-03-02.json", "briefings/2026-03-03.json", "feed.xml", "atom.xml", "feed.json"])
    assert.ok(existsSync(join(site, rel)), rel);
});
build("build :: briefings are written beside the store", () => {
  assert.equal(readdirSync(join(project, "briefings")).filter((f) => f.endsWith(".json")).sort(), ["2026-03-02.json", "2026-03-03.json"]);
  const doc = JSON.parse(read("briefings/2026-03-02.json"));
  assert.is(doc.date, "2026-03-02");
  assert.equal(doc.rejected.map((r: { file: string }) => r.file), ["2026-03-02/empty-upload.txt"]);
});
build("build :: the index shows the latest day first and links every day under the path prefix", () => {
  const index = read("index.html");
  assert.ok(index.indexOf("3 March 2026") < index.indexOf("2 March 2026"));
  assert.match(index, /href="\/brief\/briefings\/2026-03-02\/"/);
  assert.match(index, /href="\/brief\/assets\/style\.css"/);
  assert.not.match(index, /href="\/(briefings|actors|assets)\//);
});
build("build :: article text is text: no script runs, no template is expanded", () => {
  const page = read("briefings/2026-03-02/index.html") + read("feed.xml") + read("feed.json");
  assert.not.match(page, /<script/);
  const html = read("briefings/2026-03-02/index.html");
  assert.match(html, /union says &lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{ site\.title \}\}/);
  assert.match(read("feed.json"), /\{\{ site\.title \}\}/);
});
build("build :: feeds parse and point at absolute URLs under the prefix", () => {
  assert.is(XMLValidator.validate(read("feed.xml")), true);
  assert.is(XMLValidator.validate(read("atom.xml")), true);
  assert.match(read("feed.xml"), /<link>https:\/\/example\.org\/brief\/briefings\/2026-03-03\/<\/link>/);
  const json = JSON.parse(read("feed.json"));
  assert.is(json.version, "https://jsonfeed.org/version/1.1");
  assert.equal(json.items.map((i: { url: string }) => i.url), ["https://example.org/brief/briefings/2026-03-03/", "https://example.org/brief/briefings/2026-03-02/"]);
});
build("build :: dates are shown in the configured zone", () => {
  assert.match(read("briefings/2026-03-02/index.html"), /2 Mar 2026, 18:40 CET/);
});
build("build :: building again rewrites no briefing", () => {
  const file = join(project, "briefings/2026-03-02.json");
  const before = [readFileSync(file, "utf8"), statSync(file).mtimeMs];
  const again = daybrief(project, "build", "--output", "public");
  assert.is(again.status, 1);
  assert.equal([readFileSync(file, "utf8"), statSync(file).mtimeMs], before);
});
build("build :: a failed build leaves the published site in place and nothing half-written (fail)", () => {
  const before = read("index.html");
  writeFileSync(join(project, "briefings/2026-03-03.json"), "{ truncated");
  const failed = daybrief(project, "build", "--output", "public");
  assert.is(failed.status, 2);
  assert.match(failed.stderr, /2026-03-03\.json/);
  assert.is(read("index.html"), before);
  assert.equal(readdirSync(project).filter((f) => f.includes("building") || f.includes(".old-")), []);
});
build.run();
