import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/ingest/article.ts";
import { loadConfig } from "../../src/config.ts";
import { StoreDays, briefingDay } from "../../src/pipeline/store_days.ts";
import { tempProject } from "../fixtures/project.ts";

const article = (date: string | null): Article => ({ id: "x", file: "x.md", date, title: null, source: null, url: null, published: null, author: null, body: "", meta: {} });

const day = suite("briefingDay");
const CASES: [string, string | null, string, string][] = [
  ["same day", "2026-03-02", "2026-03-02", "2026-03-02"],
  ["published late the evening before, filed next morning", "2026-03-01", "2026-03-02", "2026-03-01"],
  ["published just after midnight, filed the day before", "2026-03-03", "2026-03-02", "2026-03-03"],
  ["a date far from its folder: the folder wins", "2025-11-20", "2026-03-02", "2026-03-02"],
  ["no date: the folder", null, "2026-03-02", "2026-03-02"],
];
for (const [name, date, folder, expected] of CASES)
  day(`briefingDay :: ${name}`, () => {
    assert.is(briefingDay(article(date), folder), expected);
  });
day.run();

const store = suite("StoreDays");
store("StoreDays :: an article filed in the next day's folder joins the day it was published", async () => {
  const dir = tempProject();
  writeFileSync(
    join(dir, "articles/2026-03-03/late-night.md"),
    "---\ntitle: Night talks end without deal\nsource: Meridian Post\npublished: 2026-03-02T22:30:00Z\n---\nTalks between the union and the operators ended late on Monday without a deal, the union said.\n",
  );
  const days = new StoreDays(loadConfig(dir));
  assert.equal(await days.days(), ["2026-03-02", "2026-03-03"]);
  const monday = await days.day("2026-03-02");
  assert.ok(monday.articles.some((a) => a.title === "Night talks end without deal"));
  assert.not.ok((await days.day("2026-03-03")).articles.some((a) => a.title === "Night talks end without deal"));
  assert.equal(monday.rejected.map((r) => r.message.includes("empty")), [true]);
});
store.run();
