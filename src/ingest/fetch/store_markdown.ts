// An Article -> the .md file fetch keeps in the store: YAML front matter, then the clean body
// escaped so that reading the file back gives the same text (and so the same id).
//   "1. Not a list *really*"  -> "1\. Not a list \*really\*"
import { stringify } from "yaml";
import type { Article } from "../article.ts";
import { isHeadingShaped, isLabel } from "../shape.ts";

// Inline characters Markdown gives a meaning to.
const INLINE = /[\\`*_[\]<>&!|~]/g;
// Paragraph openings Markdown reads as a block: heading, quote, list item, fence, rule.
const BLOCK_START = /^(#|>|[-+=]|\d+[.)]|~|`)/;

export function escapeMarkdown(paragraph: string): string {
  const inline = paragraph.replace(INLINE, "\\$&");
  const m = BLOCK_START.exec(inline);
  if (!m) return inline;
  // Escape the marker's last character: "1." -> "1\.", "#" -> "\#".
  const marker = m[0];
  return marker.slice(0, -1) + "\\" + inline.slice(marker.length - 1);
}

/**
 * A body paragraph as stored. One that reads like a sub-heading or a label (a list item kept
 * from the page, say) is written as a list item, so reading the file back keeps it in the body.
 */
function storedParagraph(paragraph: string, i: number, all: string[]): string {
  const last = i === all.length - 1;
  return !last && (isHeadingShaped(paragraph) || isLabel(paragraph)) ? `- ${escapeMarkdown(paragraph)}` : escapeMarkdown(paragraph);
}

export interface Provenance {
  guid: string | null;
  /** The item's own link, when the stored URL is another (the page's canonical one). */
  link: string | null;
  feed: string;
  fetched: string;
}

const KEPT_META = ["dateline", "headings", "caption", "agency", "categories", "description", "lang"];

export function articleMarkdown(article: Article, from: Provenance): string {
  const fields: Record<string, unknown> = {
    title: article.title,
    source: article.source,
    url: article.url,
    published: article.published,
    author: article.author,
    guid: from.guid,
    link: from.link !== article.url ? from.link : null,
    feed: from.feed,
    fetched: from.fetched,
  };
  for (const key of KEPT_META) if (article.meta[key] !== undefined) fields[key] = article.meta[key];
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  const body = article.body.split("\n\n").map(storedParagraph).join("\n\n");
  return `---\n${stringify(present, { lineWidth: 0 })}---\n\n${body}\n`;
}
