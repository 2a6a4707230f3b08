import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic, writeFileAtomicSync, writeFileNew } from "../../src/ingest/atomic.ts";
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
at("writeFileAtomicSync :: replaces the file in one step, creating its folder", () => {
  const dir = tempDir();
  const path = join(dir, "briefings", "2025-03-01.json");
  writeFileAtomicSync(path, "one");
  writeFileAtomicSync(path, "two");
  assert.is(readFileSync(path, "utf8"), "two");
  assert.equal(readdirSync(join(dir, "briefings")), ["2025-03-01.json"]);
});
at("writeFileAtomicSync :: a failed rename leaves neither a temporary file nor a changed target (fail)", () => {
  const dir = tempDir();
  // A folder where the file should go: the rename fails after the temporary file was written.
  mkdirSync(join(dir, "taken.json"));
  assert.throws(() => writeFileAtomicSync(join(dir, "taken.json"), "data"));
  assert.equal(readdirSync(dir), ["taken.json"]);
});
at.run();
