// Files -> Articles: size and encoding checks, then the reader for the file's kind.
// Bad input becomes an IngestError naming the file and the problem; nothing here throws for it.
import { readdirSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Article, IngestError } from "./article.ts";
import { buildArticle, type Draft } from "./build.ts";
import { DataFileError } from "../knowledge/data_file.ts";
import { isDayName } from "./dates.ts";
import { decodeBytes } from "./decode.ts";
import { feedDrafts, parseFeed } from "./feed.ts";
import { normalizeText } from "./normalize.ts";
import { tooLarge, type IngestOptions } from "./options.ts";
import { readHtml } from "./read_html.ts";
import { readMarkdown } from "./read_markdown.ts";
import { readText } from "./read_text.ts";
import { isUrl, readUrl } from "./read_url.ts";
import { DEFAULT_FETCH } from "../config.ts";

export interface ReadResult {
  articles: Article[];
  errors: IngestError[];
}

type Kind = "text" | "markdown" | "html" | "feed";

const KINDS: Record<string, Kind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".json": "feed",
};

export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

const fail = (file: string, message: string): ReadResult => ({ articles: [], errors: [{ file, message }] });

/** Text of one file in any supported kind -> drafts, or the reason there are none. */
export function draftsOf(kind: Kind, text: string, baseUrl: string | null = null): { drafts: Draft[]; errors: string[] } {
  if (kind === "text") return { drafts: [readText(text)], errors: [] };
  if (kind === "html") return { drafts: [readHtml(text, baseUrl)], errors: [] };
  if (kind === "markdown") {
    const r = readMarkdown(text);
    return "error" in r ? { drafts: [], errors: [r.error] } : { drafts: [r], errors: [] };
  }
  const parsed = parseFeed(text);
  return parsed.ok ? feedDrafts(parsed.feed) : { drafts: [], errors: [parsed.message] };
}

const noText = (d: Draft) => (d.meta.boilerplate ? "no article text found (only boilerplate)" : "no article text found");

/** A file's bytes, or why they cannot be had; the size is checked before anything is read. */
export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array | string> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return "not a file";
    if (st.size > maxBytes) return tooLarge(maxBytes);
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "no such file" : `cannot be read: ${(e as Error).message}`;
  }
}

export async function readArticleFile(path: string, opts: IngestOptions, folderDate?: string | null): Promise<ReadResult> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind) return fail(path, `unsupported file type "${extname(path) || "(none)"}" (expected ${SUPPORTED_EXTENSIONS.join(", ")})`);
  const bytes = await readBytes(path, opts.maxBytes);
  if (typeof bytes === "string") return fail(path, bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(path, decoded.message);
  const text = normalizeText(decoded.text, { entities: kind === "text" });
  if (text.trim() === "") return fail(path, "empty file (only white space)");

  const day = folderDate === undefined ? (isDayName(basename(dirname(path))) ? basename(dirname(path)) : null) : folderDate;
  const { drafts, errors } = draftsOf(kind, text);
  const result: ReadResult = { articles: [], errors: errors.map((message) => ({ file: path, message })) };
  for (const draft of drafts) {
    // One article per file must have text; a feed item may be a headline with a link.
    if (kind !== "feed" && draft.paragraphs.length === 0) result.errors.push({ file: path, message: noText(draft) });
    else {
      if (decoded.encoding !== "utf-8") draft.meta.encoding = decoded.encoding;
      result.articles.push(buildArticle(draft, path, opts, day));
    }
  }
  return result;
}

/** Read files (or http(s) URLs) in the order given; every fault is collected, none stops the rest. */
export async function readFiles(paths: string[], opts: IngestOptions): Promise<ReadResult> {
  const all: ReadResult = { articles: [], errors: [] };
  for (const path of paths) {
    let r: ReadResult;
    try {
      r = isUrl(path) ? await readUrl(path, opts, opts.fetch ?? DEFAULT_FETCH) : await readArticleFile(path, opts);
    } catch (e) {
      // A broken data file is an installation fault, not bad input: let it stop the run.
      if (e instanceof DataFileError) throw e;
      r = fail(path, `could not be read: ${(e as Error).message}`);
    }
    // One by one: a feed file can hold more items than a spread call takes arguments.
    for (const a of r.articles) all.articles.push(a);
    for (const e of r.errors) all.errors.push(e);
  }
  return all;
}

/** Whether a path is a folder, following links; false for a broken link or an entry gone since listing. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The store's day folders (YYYY-MM-DD), oldest first. */
export function listStoreDays(store: string): string[] {
  return namesIn(store)
    .filter((n) => isDayName(n) && isFolder(join(store, n)))
    .sort();
}

/**
 * Files of one day folder, by name. Hidden files (temporary writes, .DS_Store) and sub-folders are
 * not articles; anything else, a broken link included, is read so that its fault is reported.
 */
export function storeDayFiles(store: string, date: string): string[] {
  const dir = join(store, date);
  return namesIn(dir)
    .filter((n) => !n.startsWith(".") && !isFolder(join(dir, n)))
    .sort()
    .map((n) => join(dir, n));
}

/** One day of the store; the folder's name is the day of articles that carry no published time. */
export async function readStoreDay(store: string, date: string, opts: IngestOptions): Promise<ReadResult> {
  return readFiles(storeDayFiles(store, date), opts);
}
