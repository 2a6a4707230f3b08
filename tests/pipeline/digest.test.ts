import { suite } from "uvu";
import * as assert from "uvu/assert";
import { appendFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../../src/config.ts";
import { digest, digestWithHistory } from "../../src/pipeline/digest.ts";
import { readBriefings } from "../../src/briefing/store.ts";
import { tempProject } from "../fixtures/project.ts";

const statuses = (outcomes: { date: string; status: string }[]) => Object.fromEntries(outcomes.map((o) => [o.date, o.status]));

const run = suite("digest");
run("digest :: writes each day once, then only the days whose articles changed", async () => {
  const cfg = loadConfig(tempProject());
  assert.equal(statuses(await digest(cfg)), { "2026-03-02": "written", "2026-03-03": "written" });
  const before = readFileSync(join(cfg.briefings, "2026-03-02.json"), "utf8");
  assert.equal(statuses(await digest(cfg)), { "2026-03-02": "unchanged", "2026-03-03": "unchanged" });
  appendFileSync(join(cfg.store, "2026-03-03/wire-court-ruling.txt"), "\nThe union said it would hold a members' meeting on Thursday.\n");
  assert.equal(statuses(await digest(cfg)), { "2026-03-02": "unchanged", "2026-03-03": "written" });
  assert.is(readFileSync(join(cfg.briefings, "2026-03-02.json"), "utf8"), before);
});
run("digest :: a named day is digested again even when unchanged, with the same result", async () => {
  const cfg = loadConfig(tempProject());
  await digest(cfg);
  const before = readFileSync(join(cfg.briefings, "2026-03-03.json"), "utf8");
  assert.equal(statuses(await digest(cfg, { dates: ["2026-03-03"], force: true })), { "2026-03-03": "unchanged" });
  assert.is(readFileSync(join(cfg.briefings, "2026-03-03.json"), "utf8"), before);
});
run("digest :: the briefings it hands on are the ones on disk, so the site needs no second read", async () => {
  const cfg = loadConfig(tempProject());
  const first = await digestWithHistory(cfg);
  assert.equal(JSON.parse(JSON.stringify(first.briefings)), readBriefings(cfg.briefings));
  appendFileSync(join(cfg.store, "2026-03-03/wire-court-ruling.txt"), "\nThe union said it would hold a members' meeting on Thursday.\n");
  const second = await digestWithHistory(cfg);
  assert.equal(statuses(second.outcomes), { "2026-03-02": "unchanged", "2026-03-03": "written" });
  assert.equal(JSON.parse(JSON.stringify(second.briefings)), readBriefings(cfg.briefings));
});
run("digest :: a day without articles writes nothing", async () => {
  const cfg = loadConfig(tempProject());
  assert.equal(statuses(await digest(cfg, { dates: ["2026-03-09"] })), { "2026-03-09": "empty" });
  assert.not.ok(existsSync(cfg.briefings) && readdirSync(cfg.briefings).some((f) => f.endsWith(".json")));
});
run("digest :: rejected files are reported with paths relative to the store", async () => {
  const cfg = loadConfig(tempProject());
  const [day] = await digest(cfg, { dates: ["2026-03-02"] });
  assert.equal(day!.rejected.map((r) => r.file), ["2026-03-02/empty-upload.txt"]);
  const doc = JSON.parse(readFileSync(join(cfg.briefings, "2026-03-02.json"), "utf8"));
  assert.ok(doc.articles.every((a: { file: string }) => a.file.startsWith("2026-03-02/")));
});
run("digest :: the second day is compared with the first", async () => {
  const cfg = loadConfig(tempProject());
  await digest(cfg);
  const doc = JSON.parse(readFileSync(join(cfg.briefings, "2026-03-03.json"), "utf8"));
  assert.is(doc.previous, "2026-03-02");
});
run.run();
