// Writes that never leave a half-written file: the data goes to a hidden temporary file in the
// same folder (same file system, so the final step is atomic), then takes its name.
import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

async function writeTemp(path: string, data: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fh = await open(temp, "wx");
  try {
    await fh.writeFile(data, "utf8");
    await fh.sync();
  } finally {
    await fh.close();
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
