// One run at a time per project: a cron job that overlaps a slow run waits
// for nothing and changes nothing. A lock left by a dead process is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DaybriefConfig } from "../config.ts";

export class LockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPath(cfg: DaybriefConfig): string {
  return join(cfg.briefings, ".daybrief.lock");
}

export async function withLock<T>(cfg: DaybriefConfig, run: () => Promise<T>): Promise<T> {
  const path = lockPath(cfg);
  mkdirSync(cfg.briefings, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: "wx" });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw e;
      const holder = Number(readFileSync(path, "utf8"));
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) throw new LockedError(`another daybrief run (pid ${holder}) holds ${path}`);
      rmSync(path, { force: true });
    }
  }
  try {
    return await run();
  } finally {
    rmSync(path, { force: true });
  }
}
