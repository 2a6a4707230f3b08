// What the store already holds, by URL, feed GUID and content id, so an item is stored once.
//   "https://x.org/a/?utm_source=rss#top" and "https://X.org/a" -> the same URL
import type { Article } from "../article.ts";
import type { IngestOptions } from "../options.ts";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { writeFileAtomic } from "../atomic.ts";
import { listStoreDays, readFiles, storeDayFiles } from "../read.ts";

/** A URL as compared: no fragment, no tracking parameters, no trailing slash, lower-case host. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_)/.test(k)) u.searchParams.delete(k);
    return (u.host.toLowerCase() + u.pathname.replace(/\/+$/, "") + u.search).replace(/^www\./, "");
  } catch {
    return url.trim();
  }
}

export class StoreIndex {
  readonly #urls = new Set<string>();
  readonly #guids = new Set<string>();
  readonly #ids = new Set<string>();

  hasLink(url: string | null, guid: string | null): boolean {
    return (!!url && this.#urls.has(urlKey(url))) || (!!guid && this.#guids.has(guid));
  }

  hasId(id: string): boolean {
    return this.#ids.has(id);
  }

  addLink(url: string | null, guid: string | null): void {
    if (url) this.#urls.add(urlKey(url));
    if (guid) this.#guids.add(guid);
  }

  addId(id: string): void {
    this.#ids.add(id);
  }

  add(e: IndexEntry): void {
    this.addLink(e.url, e.guid);
    this.addLink(e.link, null);
    this.addId(e.id);
  }
}

/** What one article adds to the index: its URL, feed GUID and link, and content id. */
export interface IndexEntry {
  url: string | null;
  guid: string | null;
  link: string | null;
  id: string;
}

export function entryOf(a: Article): IndexEntry {
  const text = (k: string) => (typeof a.meta[k] === "string" ? (a.meta[k] as string) : null);
  return { url: a.url, guid: text("guid"), link: text("link"), id: a.id };
}

/** What one stored file adds to the index, kept with the size and time it had when read. */
interface CachedFile {
  size: number;
  mtimeMs: number;
  entries: IndexEntry[];
}

interface IndexCache {
  version: 1;
  files: Record<string, CachedFile>;
}

/** Beside the fetch state: a store of years is not parsed again on every run, only its new or changed files. */
export const INDEX_CACHE_FILE = ".fetch-index.json";

async function loadCache(store: string): Promise<IndexCache> {
  try {
    const raw = JSON.parse(await readFile(join(store, INDEX_CACHE_FILE), "utf8")) as IndexCache;
    if (raw?.version === 1 && typeof raw.files === "object" && raw.files !== null) return raw;
  } catch {
    // No cache, or not one: every file is read, and a new cache written.
  }
  return { version: 1, files: {} };
}

/** Index every readable article of the store; unreadable files are the digest's to report. */
export async function indexStore(store: string, opts: IngestOptions): Promise<StoreIndex> {
  const index = new StoreIndex();
  const cache = await loadCache(store);
  const next: IndexCache = { version: 1, files: {} };
  for (const day of listStoreDays(store))
    for (const file of storeDayFiles(store, day)) {
      const rel = relative(store, file);
      let size: number, mtimeMs: number;
      try {
        ({ size, mtimeMs } = statSync(file));
      } catch {
        continue;
      }
      let cached = cache.files[rel];
      if (!cached || cached.size !== size || cached.mtimeMs !== mtimeMs) {
        const { articles, errors } = await readFiles([file], opts);
        // A file that cannot be read now may be readable next time: nothing of it is kept.
        if (errors.length) continue;
        cached = { size, mtimeMs, entries: articles.map(entryOf) };
      }
      next.files[rel] = cached;
      for (const e of cached.entries) index.add(e);
    }
  try {
    await writeFileAtomic(join(store, INDEX_CACHE_FILE), JSON.stringify(next) + "\n");
  } catch {
    // A store that cannot be written to is reported when the fetched articles are stored.
  }
  return index;
}
