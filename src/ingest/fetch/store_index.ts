// What the store already holds, by URL, feed GUID and content id, so an item is stored once.
//   "https://x.org/a/?utm_source=rss#top" and "https://X.org/a" -> the same URL
import type { Article } from "../article.ts";
import type { IngestOptions } from "../options.ts";
import { listStoreDays, readStoreDay } from "../read.ts";

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

  addArticle(a: Article): void {
    const text = (k: string) => (typeof a.meta[k] === "string" ? (a.meta[k] as string) : null);
    this.addLink(a.url, text("guid"));
    this.addLink(text("link"), null);
    this.addId(a.id);
  }
}

/** Index every readable article of the store; unreadable files are the digest's to report. */
export async function indexStore(store: string, opts: IngestOptions): Promise<StoreIndex> {
  const index = new StoreIndex();
  for (const day of listStoreDays(store)) {
    const { articles } = await readStoreDay(store, day, opts);
    for (const a of articles) index.addArticle(a);
  }
  return index;
}
