// Writes that never leave a half-written file: the data goes to a hidden temporary file in the
// same folder (same file system, so the final step is atomic), is flushed to disk, then takes
// its name. Readers of the store and of briefings/ skip hidden files, so even a temporary file
// left by a killed process is never read as an article or a briefing.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const tempPath = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

async function writeTemp(path: string, data: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  const fh = await open(temp, "wx");
  try {
    try {
      await fh.writeFile(data, "utf8");
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    // A full disk must not leave the partial copy behind.
    await unlink(temp).catch(() => {});
    throw e;
  }
  return temp;
}

/** Replace `path` with `data` in one step. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = await writeTemp(path, data);
  try {
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
}

/** Create `path` with `data` in one step; false, and nothing written, when the name is taken. */
export async function writeFileNew(path: string, data: string): Promise<boolean> {
  const temp = await writeTemp(path, data);
  try {
    // link() fails when the name exists, where rename() would silently replace the file.
    await link(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/** writeFileAtomic for callers that write synchronously (the briefings folder). */
export function writeFileAtomicSync(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  const fd = openSync(temp, "wx");
  try {
    try {
      writeFileSync(fd, data, "utf8");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
