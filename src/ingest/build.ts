// A reader's findings -> an Article: stable id, day, published time, clean body.
import { createHash } from "node:crypto";
import type { Article } from "./article.ts";
import { parsePublished } from "./dates.ts";
import { comparable } from "./normalize.ts";
import type { IngestOptions } from "./options.ts";

export interface Draft {
  title: string | null;
  source: string | null;
  url: string | null;
  /** As written: ISO text, RFC 822 text, a Date from YAML, or nothing. */
  published: unknown;
  author: string | null;
  paragraphs: string[];
  meta: Record<string, unknown>;
}

/** sha256 of the comparable title and body, first 16 hex digits. */
export function articleId(title: string | null, body: string): string {
  return createHash("sha256")
    .update(comparable(title ?? "") + "\n\n" + comparable(body))
    .digest("hex")
    .slice(0, 16);
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

export function buildArticle(draft: Draft, file: string, opts: IngestOptions, folderDate: string | null): Article {
  const body = draft.paragraphs.join("\n\n");
  const title = orNull(draft.title);
  const published = parsePublished(draft.published, opts.timeZone);
  const meta = { ...draft.meta };
  if (!published && draft.published != null && draft.published !== "") meta.publishedRaw = String(draft.published);
  return {
    id: articleId(title, body),
    file,
    date: published?.day ?? folderDate,
    title,
    source: orNull(draft.source),
    url: orNull(draft.url),
    published: published?.iso ?? null,
    author: orNull(draft.author),
    body,
    meta,
  };
}
