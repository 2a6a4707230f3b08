// JSON Feed 1.0 / 1.1 -> Feed, with the shape checked so a wrong file gets a plain answer.
//   {"version":"https://jsonfeed.org/version/1.1","title":"F","items":[{"id":"1","content_text":"Hi"}]} -> 1 item
//   {"items": 3}                    -> "not a JSON Feed: ..."
//   "{" (truncated)                 -> "not valid JSON: ..."
import type { Feed, FeedItem, FeedResult } from "./feed_types.ts";

type J = Record<string, unknown>;

const isObj = (v: unknown): v is J => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);

function authors(item: J): string | null {
  const list = Array.isArray(item.authors) ? item.authors : isObj(item.author) ? [item.author] : [];
  const names = list.map((a) => (isObj(a) ? str(a.name) : null)).filter((n): n is string => !!n);
  return names.length ? names.join(", ") : null;
}

function itemOf(item: J): FeedItem {
  return {
    title: str(item.title),
    url: str(item.url) ?? str(item.external_url),
    guid: str(item.id),
    published: str(item.date_published) ?? str(item.date_modified),
    author: authors(item),
    html: str(item.content_html),
    text: str(item.content_text),
    summary: str(item.summary),
    categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === "string") : [],
  };
}

export function parseJsonFeed(json: string): FeedResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  if (!isObj(raw)) return { ok: false, message: "not a JSON Feed: the file holds no JSON object" };
  if (typeof raw.version !== "string" || !raw.version.startsWith("https://jsonfeed.org/version/1"))
    return { ok: false, message: 'not a JSON Feed: "version" must be "https://jsonfeed.org/version/1.1"' };
  if (!Array.isArray(raw.items)) return { ok: false, message: 'not a JSON Feed: "items" must be a list' };
  const bad = raw.items.findIndex((i) => !isObj(i));
  if (bad >= 0) return { ok: false, message: `not a JSON Feed: items[${bad}] is not an object` };
  const feed: Feed = { format: "json", title: str(raw.title), home: str(raw.home_page_url), items: (raw.items as J[]).map(itemOf) };
  return { ok: true, feed };
}
