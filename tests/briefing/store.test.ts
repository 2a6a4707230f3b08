import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBriefings, writeBriefing } from "../../src/briefing/store.ts";
import { briefing, point } from "./fixtures/briefing.ts";

const withDir = (fn: (dir: string) => void) => () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-store-"));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const Write = suite("writeBriefing");
Write("writeBriefing :: pretty JSON with a trailing newline, no temporary file left", withDir((dir) => {
  const b = briefing("2024-03-04", [point("Ana Ode", "demand", "end the blockade")]);
  assert.ok(writeBriefing(join(dir, "briefings"), b));
  const text = readFileSync(join(dir, "briefings", "2024-03-04.json"), "utf8");
  assert.is(text, JSON.stringify(b, null, 2) + "\n");
  assert.equal(readdirSync(join(dir, "briefings")), ["2024-03-04.json"]);
}));

Write("writeBriefing :: identical content is not rewritten", withDir((dir) => {
  const b = briefing("2024-03-04");
  assert.ok(writeBriefing(dir, b));
  const file = join(dir, "2024-03-04.json");
  utimesSync(file, new Date(1000), new Date(1000));
  assert.not.ok(writeBriefing(dir, b));
  assert.is(statSync(file).mtimeMs, 1000);
  assert.ok(writeBriefing(dir, { ...b, inputHash: "other" }), "changed content is written");
}));

Write("writeBriefing :: replaces the file by rename, never leaving it half written", withDir((dir) => {
  writeBriefing(dir, briefing("2024-03-04"));
  const before = statSync(join(dir, "2024-03-04.json")).ino;
  writeBriefing(dir, { ...briefing("2024-03-04"), inputHash: "new" });
  assert.is.not(statSync(join(dir, "2024-03-04.json")).ino, before, "a new file took the old one's name");
}));

Write("writeBriefing :: refuses an invalid briefing (fail)", withDir((dir) => {
  const bad = { ...briefing("2024-03-04"), stories: [{ id: 1 }] } as never;
  assert.throws(() => writeBriefing(dir, bad), /2024-03-04\.json: refusing to write an invalid briefing: stories\[0\]\.id: expected a string/);
  assert.equal(readdirSync(dir), []);
}));
Write.run();

const Read = suite("readBriefings");
Read("readBriefings :: every briefing, oldest first, other files ignored", withDir((dir) => {
  for (const d of ["2024-03-05", "2024-03-03", "2024-03-04"]) writeBriefing(dir, briefing(d));
  writeFileSync(join(dir, "notes.txt"), "not a briefing");
  assert.equal(readBriefings(dir).map((b) => b.date), ["2024-03-03", "2024-03-04", "2024-03-05"]);
}));

Read("readBriefings :: a missing folder holds no briefings", () => assert.equal(readBriefings("/nonexistent/briefings"), []));

for (const [name, content, message] of [
  ["broken JSON", "{ not json", /2024-03-04\.json: not readable as JSON/],
  ["a wrong field", JSON.stringify({ ...briefing("2024-03-04"), quiet: "none" }), /2024-03-04\.json: not a briefing: quiet: expected a list, found string/],
  ["another day's briefing", JSON.stringify(briefing("2024-03-01")), /2024-03-04\.json: holds the briefing of 2024-03-01/],
] as const)
  Read(`readBriefings :: names the file holding ${name} (fail)`, withDir((dir) => {
    writeFileSync(join(dir, "2024-03-04.json"), content);
    assert.throws(() => readBriefings(dir), (e: Error) => message.test(e.message));
  }));
Read.run();
