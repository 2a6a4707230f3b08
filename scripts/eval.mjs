#!/usr/bin/env node
// npm run eval: the summarizer scored against gold annotations, on the shared
// seeds and on the team's own annotated sets under eval/gold/ (fictional
// articles on many topics, each set annotated without looking at the rules).
// The scorer is the shared one, ../shared/eval/score.mjs beside the checkout.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const scorer = join(root, "../shared/eval/score.mjs");
if (!existsSync(scorer)) {
  console.error(`eval: the scorer ${scorer} is not there; put the shared folder beside the checkout`);
  process.exit(2);
}
const sets = [["seeds", join(root, "../shared/seeds")], ...readdirSync(join(root, "eval/gold")).sort().map((d) => [d, join(root, "eval/gold", d)])];
for (const [name, dir] of sets) {
  // A set still being written has no gold files yet: nothing to score.
  if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith(".gold.json"))) continue;
  const out = execFileSync(process.execPath, [scorer, "--gold", dir, "--cmd", `${process.execPath} ${join(root, "bin/daybrief.js")} summarize --json`, ...process.argv.slice(2)], { encoding: "utf8", maxBuffer: 1 << 26 });
  const lines = out.trim().split("\n");
  console.log(`${name} ${process.argv.includes("--verbose") ? "\n" + out : lines.at(-1)}`);
}
