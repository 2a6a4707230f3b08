// daybrief fetch: pull the configured feeds (and pages) into the store, each new item once.
// An item is new when neither its URL, its GUID nor its content id is in the store yet; teasers
// are replaced by the linked page's article. A feed's ETag and Last-Modified are kept only when
// all its items went in, so an item that failed is tried again on the next run.
import { join } from "node:path";
import type { FetchConfig, DaybriefConfig, FeedSource } from "../../config.ts";
import type { Article, IngestError } from "../article.ts";
import { writeFileNew } from "../atomic.ts";
import { buildArticle, type Draft } from "../build.ts";
import { today } from "../dates.ts";
import { feedDrafts, parseFeed } from "../feed.ts";
import type { IngestOptions } from "../options.ts";
import { readHtml } from "../read_html.ts";
import { asciiSlug } from "../slug.ts";
import { HostLimiter } from "./host_limit.ts";
import { getText as getTextOf, isHtmlResponse, type HttpSettings } from "./http.ts";
import { STATE_FILE, loadState, saveState, type FetchState } from "./state.ts";
import { indexStore, urlKey, type StoreIndex } from "./store_index.ts";
import { articleMarkdown } from "./store_markdown.ts";

export interface FetchOptions {
  /** Feeds to pull instead of the configured ones. */
  feeds?: FeedSource[];
  /** Clock for "fetched" stamps and the day of undated items. */
  now?: () => Date;
  /** Wait before the first retry (doubled after each); default 500 ms. */
  backoffMs?: number;
}

export interface FeedReport {
  url: string;
  status: "fetched" | "not-modified" | "failed";
  items: number;
  stored: number;
  duplicates: number;
}

export interface FetchReport {
  feeds: FeedReport[];
  /** Paths of the files written, in no particular order. */
  stored: string[];
  errors: IngestError[];
}

interface Run {
  store: string;
  ingest: IngestOptions;
  http: HttpSettings;
  index: StoreIndex;
  now: () => Date;
  report: FetchReport;
}

const getText = (run: Run, url: string, validators = {}) => getTextOf(url, run.http, validators);

/** Stored files are named by their title (cut to this many letters), then the id's start. */
const FILE_SLUG_MAX = 60;

async function store(run: Run, article: Article, day: string, markdown: string): Promise<string> {
  const base = `${asciiSlug(article.title ?? "", FILE_SLUG_MAX) || "article"}-${article.id.slice(0, 8)}`;
  for (let n = 1; ; n++) {
    const path = join(run.store, day, `${base}${n > 1 ? `-${n}` : ""}.md`);
    if (await writeFileNew(path, markdown)) return path;
  }
}

/** The linked page in place of a teaser; the feed's own fields fill what the page lacks. */
async function expandTeaser(run: Run, item: Draft, url: string): Promise<Draft> {
  const res = await getText(run, url);
  if (res.status === 304) return item;
  const page = readHtml(res.text, res.url);
  if (page.paragraphs.length === 0) throw new Error("no article text found in the linked page");
  const { teaser: _, ...meta } = { ...item.meta, ...page.meta };
  return {
    title: page.title ?? item.title,
    source: page.source ?? item.source,
    url: page.url ?? url,
    published: item.published ?? page.published,
    author: page.author ?? item.author,
    paragraphs: page.paragraphs,
    meta,
  };
}

/** Store one item unless the store has it; false when it failed (reported). */
async function takeItem(run: Run, draft: Draft, feedUrl: string, counts: FeedReport): Promise<boolean> {
  const guid = typeof draft.meta.guid === "string" ? draft.meta.guid : null;
  const link = draft.url;
  if (run.index.hasLink(link, guid)) {
    counts.duplicates++;
    return true;
  }
  run.index.addLink(link, guid);
  let full = draft;
  if (draft.meta.teaser && link) {
    try {
      full = await expandTeaser(run, draft, link);
    } catch (e) {
      run.report.errors.push({ file: link, message: (e as Error).message });
      return false;
    }
  }
  if (full.paragraphs.length === 0) {
    run.report.errors.push({ file: link ?? feedUrl, message: "no article text found" });
    return false;
  }
  const article = buildArticle(full, "", run.ingest, null);
  // The page may name another address (its canonical URL) than the item's link.
  const canonical = article.url && (!link || urlKey(article.url) !== urlKey(link)) ? article.url : null;
  // Checked and claimed before the write is awaited, so two feeds carrying one story store it once.
  if (run.index.hasId(article.id) || run.index.hasLink(canonical, null)) {
    counts.duplicates++;
    return true;
  }
  run.index.addId(article.id);
  run.index.addLink(canonical, null);
  const now = run.now();
  const day = article.date ?? today(run.ingest.timeZone, now);
  const markdown = articleMarkdown(article, { guid, link, feed: feedUrl, fetched: now.toISOString() });
  run.report.stored.push(await store(run, article, day, markdown));
  counts.stored++;
  return true;
}

async function fetchFeed(run: Run, source: FeedSource, state: FetchState): Promise<FeedReport> {
  const counts: FeedReport = { url: source.url, status: "failed", items: 0, stored: 0, duplicates: 0 };
  const prev = state.feeds[source.url] ?? {};
  let res;
  try {
    res = await getText(run, source.url, prev);
  } catch (e) {
    run.report.errors.push({ file: source.url, message: (e as Error).message });
    return counts;
  }
  const checked = run.now().toISOString();
  if (res.status === 304) {
    state.feeds[source.url] = { ...prev, checked };
    return { ...counts, status: "not-modified" };
  }
  let drafts: Draft[];
  if (isHtmlResponse(res.contentType, res.text)) {
    // A configured page rather than a feed: the page is the one item.
    const page = readHtml(res.text, res.url);
    drafts = [{ ...page, source: page.source ?? source.name ?? null }];
  } else {
    const parsed = parseFeed(res.text);
    if (!parsed.ok) {
      run.report.errors.push({ file: source.url, message: parsed.message });
      return counts;
    }
    const out = feedDrafts({ ...parsed.feed, title: parsed.feed.title ?? source.name ?? null });
    for (const message of out.errors) run.report.errors.push({ file: source.url, message });
    drafts = out.drafts;
  }
  counts.items = drafts.length;
  const ok = await Promise.all(drafts.map((d) => takeItem(run, d, source.url, counts)));
  if (ok.every(Boolean)) {
    state.feeds[source.url] = { checked, ...(res.etag && { etag: res.etag }), ...(res.lastModified && { lastModified: res.lastModified }) };
  }
  return { ...counts, status: "fetched" };
}

export async function fetchFeeds(config: DaybriefConfig, opts: FetchOptions = {}): Promise<FetchReport> {
  const feeds = opts.feeds ?? config.feeds;
  if (feeds.length === 0) return { feeds: [], stored: [], errors: [] };
  const fc: FetchConfig = config.fetch;
  const ingest: IngestOptions = { timeZone: config.site.timeZone, maxBytes: config.maxArticleBytes };
  const run: Run = {
    store: config.store,
    ingest,
    http: { ...fc, backoffMs: opts.backoffMs ?? 500, limiter: new HostLimiter(fc.perHost) },
    index: await indexStore(config.store, ingest),
    now: opts.now ?? (() => new Date()),
    report: { feeds: [], stored: [], errors: [] },
  };
  const { state, problem } = await loadState(config.store);
  if (problem) run.report.errors.push({ file: join(config.store, STATE_FILE), message: problem });
  run.report.feeds = await Promise.all(feeds.map((f) => fetchFeed(run, f, state)));
  await saveState(config.store, state);
  return run.report;
}
