// A saved web page -> the article in it (Readability on a linkedom document) and the page's metadata.
import { Readability } from "@mozilla/readability";
import type { Draft } from "./build.ts";
import { parseDocument, type DomNode } from "./dom.ts";
import { pageMeta } from "./html_meta.ts";
import { nodeBlocks } from "./html_text.ts";
import { structure, structureMeta } from "./structure.ts";

// Readability gives up below this many characters of text; news briefs can be short.
const CHAR_THRESHOLD = 250;

export function readHtml(html: string, baseUrl: string | null = null): Draft {
  const doc = parseDocument(html);
  // Metadata first: Readability rewrites the document as it works.
  const page = pageMeta(doc, baseUrl);
  const found = new Readability<DomNode>(doc as never, { charThreshold: CHAR_THRESHOLD, serializer: (node) => node as unknown as DomNode }).parse();
  // When Readability finds no article it has already stripped the page: fall back to a fresh copy.
  const root = found?.content ?? parseDocument(html).body;
  const s = structure(root ? nodeBlocks(root) : [], { findHeadline: false, title: page.title ?? found?.title ?? null });
  const meta: Record<string, unknown> = structureMeta(s);
  if (page.description) meta.description = page.description;
  if (page.modified) meta.modified = page.modified;
  if (page.lang ?? found?.lang) meta.lang = page.lang ?? found?.lang;
  return {
    title: s.title,
    source: page.siteName ?? found?.siteName ?? s.siteName ?? s.dateline?.agency ?? null,
    url: page.url ?? baseUrl,
    published: page.published ?? found?.publishedTime ?? null,
    author: page.author ?? found?.byline?.replace(/^by\s+/i, "") ?? null,
    paragraphs: s.paragraphs,
    meta,
  };
}
