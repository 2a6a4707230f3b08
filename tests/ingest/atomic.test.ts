import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic, writeFileNew } from "../../src/ingest/atomic.ts";
import { tempDir } from "./helpers.ts";

const at = suite("atomic writes");
at("writeFileNew :: creates the file and its folder, leaves no temporary file", async () => {
  const dir = tempDir();
  const path = join(dir, "2025-03-01", "a.md");
  assert.ok(await writeFileNew(path, "first"));
  assert.is(readFileSync(path, "utf8"), "first");
  assert.equal(readdirSync(join(dir, "2025-03-01")), ["a.md"]);
});
at("writeFileNew :: never overwrites (fail)", async () => {
  const path = join(tempDir(), "a.md");
  await writeFileNew(path, "first");
  assert.not.ok(await writeFileNew(path, "second"));
  assert.is(readFileSync(path, "utf8"), "first");
});
at("writeFileAtomic :: replaces the file in one step", async () => {
  const dir = tempDir();
  const path = join(dir, "state.json");
  await writeFileAtomic(path, "one");
  await writeFileAtomic(path, "two");
  assert.is(readFileSync(path, "utf8"), "two");
  assert.equal(readdirSync(dir), ["state.json"]);
});
at.run();
