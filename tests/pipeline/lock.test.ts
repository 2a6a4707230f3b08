import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { loadConfig } from "../../src/config.ts";
import { LockedError, lockPath, withLock } from "../../src/pipeline/lock.ts";

const config = () => loadConfig(mkdtempSync(join(tmpdir(), "daybrief-lock-")));

const lock = suite("withLock");
lock("withLock :: runs, then releases the lock", async () => {
  const cfg = config();
  assert.is(await withLock(cfg, async () => existsSync(lockPath(cfg))), true);
  assert.not.ok(existsSync(lockPath(cfg)));
});
lock("withLock :: releases the lock when the run fails", async () => {
  const cfg = config();
  try {
    await withLock(cfg, async () => {
      throw new Error("boom");
    });
  } catch (e) {
    assert.is((e as Error).message, "boom");
  }
  assert.not.ok(existsSync(lockPath(cfg)));
});
lock("withLock :: a lock held by a live process stops a second run (fail)", async () => {
  const cfg = config();
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
  try {
    await withLock(cfg, async () => {
      writeFileSync(lockPath(cfg), String(holder.pid));
      let ran = false;
      try {
        await withLock(cfg, async () => (ran = true));
      } catch (e) {
        assert.instance(e, LockedError);
        assert.match((e as Error).message, new RegExp(`pid ${holder.pid}`));
      }
      assert.not.ok(ran);
    });
  } finally {
    holder.kill();
  }
});
lock("withLock :: a lock left by a dead process is taken over", async () => {
  const cfg = config();
  const gone = spawn(process.execPath, ["-e", ""]);
  await new Promise((ok) => gone.on("exit", ok));
  await withLock(cfg, async () => {
    writeFileSync(lockPath(cfg), String(gone.pid));
  });
  writeFileSync(lockPath(cfg), String(gone.pid));
  assert.is(await withLock(cfg, async () => "ran"), "ran");
});
lock.run();
