// A feed's items -> drafts, one per item; an item that only teases its story is marked,
// so fetch can get the linked page.
//   item with content:encoded of 3 paragraphs          -> draft with 3 paragraphs
//   item with a 2-sentence description and a link      -> draft, meta.teaser = true
//   item whose text ends "…" or "Continue reading"     -> draft, meta.teaser = true
//   item with no title, no link and no text            -> error "item 4: ..."
import { textBlocks, type Block } from "./blocks.ts";
import type { Draft } from "./build.ts";
import { parseJsonFeed } from "./feed_json.ts";
import type { Feed, FeedItem, FeedResult } from "./feed_types.ts";
import { parseXmlFeed } from "./feed_xml.ts";
import { htmlBlocks } from "./html_text.ts";
import { structure, structureMeta } from "./structure.ts";

// An item with only a summary shorter than this is a teaser, not the story.
const TEASER_CHARS = 600;
const ELLIPSIS_END = /(\u2026|\.\.\.|\[(\u2026|\.\.\.)\])$/;
const looksLikeHtml = (s: string) => /<\/?[a-z][^>]*>/i.test(s);

/** JSON if it opens like JSON, XML otherwise. */
export function parseFeed(text: string): FeedResult {
  return /^\s*[{[]/.test(text) ? parseJsonFeed(text) : parseXmlFeed(text);
}

function itemBlocks(item: FeedItem): { blocks: Block[]; full: boolean } {
  if (item.html) return { blocks: htmlBlocks(item.html), full: true };
  if (item.text) return { blocks: textBlocks(item.text), full: true };
  if (item.summary) return { blocks: looksLikeHtml(item.summary) ? htmlBlocks(item.summary) : textBlocks(item.summary), full: false };
  return { blocks: [], full: false };
}

export function itemDraft(item: FeedItem, feed: Feed): Draft {
  const { blocks, full } = itemBlocks(item);
  const s = structure(blocks, { findHeadline: false, title: item.title });
  const text = s.paragraphs.join("\n\n");
  const cut = ELLIPSIS_END.test(text) || s.boilerplate.includes("continue_reading");
  const teaser = !!item.url && (cut || (!full && text.length < TEASER_CHARS));
  const meta: Record<string, unknown> = { ...structureMeta(s), feedFormat: feed.format };
  if (item.guid) meta.guid = item.guid;
  if (feed.title) meta.feedTitle = feed.title;
  if (item.categories.length) meta.categories = item.categories;
  if (teaser) meta.teaser = true;
  return {
    title: s.title,
    source: feed.title ?? s.siteName ?? s.dateline?.agency ?? null,
    url: item.url,
    published: item.published,
    author: item.author,
    paragraphs: s.paragraphs,
    meta,
  };
}

// Empty items named one by one up to this many; a feed of thousands gets one line, not thousands.
const EMPTY_ITEMS_NAMED = 5;

export function feedDrafts(feed: Feed): { drafts: Draft[]; errors: string[] } {
  const drafts: Draft[] = [];
  const empty: number[] = [];
  feed.items.forEach((item, i) => {
    const draft = itemDraft(item, feed);
    if (!draft.title && !draft.url && draft.paragraphs.length === 0) empty.push(i + 1);
    else drafts.push(draft);
  });
  if (empty.length <= EMPTY_ITEMS_NAMED) return { drafts, errors: empty.map((n) => `item ${n}: no title, link or text`) };
  const named = empty.slice(0, EMPTY_ITEMS_NAMED).join(", ");
  return { drafts, errors: [`${empty.length} items have no title, link or text (items ${named}, …)`] };
}
