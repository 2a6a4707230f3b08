#!/usr/bin/env node
// Checks a built site folder: the index, one page and one JSON document per
// briefing day, and feeds that parse. Used by CI on the bundled sample.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";

const site = process.argv[2];
if (!site) {
  console.error("usage: check-site.mjs SITE_DIR");
  process.exit(2);
}
const problems = [];
const need = (rel) => existsSync(join(site, rel)) || problems.push(`missing ${rel}`);
["index.html", "archive/index.html", "actors/index.html", "feed.xml", "atom.xml", "feed.json"].forEach(need);
const days = readdirSync("briefings").filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).map((f) => f.slice(0, 10));
if (days.length === 0) problems.push("no briefings/ documents");
for (const day of days) [`briefings/${day}/index.html`, `briefings/${day}.json`].forEach(need);
for (const feed of ["feed.xml", "atom.xml"]) {
  if (!existsSync(join(site, feed))) continue;
  const valid = XMLValidator.validate(readFileSync(join(site, feed), "utf8"));
  if (valid !== true) problems.push(`${feed} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
}
try {
  const json = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
  if (json.version !== "https://jsonfeed.org/version/1.1" || !Array.isArray(json.items)) problems.push("feed.json is not a JSON Feed 1.1");
} catch (e) {
  problems.push(`feed.json: ${e.message}`);
}
for (const p of problems) console.error(`check-site: ${p}`);
console.log(`check-site: ${days.length} briefing days, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
