// Markdown with YAML front matter (title, source, url, published, author; other keys kept in meta).
import MarkdownIt from "markdown-it";
import type { Draft } from "./build.ts";
import { splitFrontMatter } from "./front_matter.ts";
import { htmlBlocks } from "./html_text.ts";
import { structure, structureMeta } from "./structure.ts";

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
const KNOWN = ["title", "source", "url", "published", "date", "author"];

type Fields = Record<string, unknown>;

function describe(v: unknown): string {
  return Array.isArray(v) ? "a list" : v === null ? "nothing" : typeof v === "object" ? "a mapping" : typeof v;
}

/** A field that must be text (numbers are taken as text); `lists` lets a list of names through. */
function textField(data: Fields, key: string, lists = false): string | null {
  const v = data[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (lists && Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ");
  throw new Error(`front matter: "${key}" must be text, found ${describe(v)}`);
}

function urlField(data: Fields): string | null {
  const url = textField(data, "url");
  if (url === null) return null;
  try {
    return new URL(url).href;
  } catch {
    throw new Error(`front matter: "url" is not an absolute URL: ${url}`);
  }
}

function publishedField(data: Fields): unknown {
  const v = data.published ?? data.date;
  if (v === undefined || v === null || v instanceof Date || typeof v === "string") return v ?? null;
  throw new Error(`front matter: "published" must be a date or text, found ${describe(v)}`);
}

export function readMarkdown(text: string): Draft | { error: string } {
  const fm = splitFrontMatter(text);
  if (!fm.ok) return { error: fm.message };
  const { data, body } = fm;
  let fields: Omit<Draft, "paragraphs" | "meta">;
  try {
    fields = { title: textField(data, "title"), source: textField(data, "source"), url: urlField(data), published: publishedField(data), author: textField(data, "author", true) };
  } catch (e) {
    return { error: (e as Error).message };
  }
  let blocks = htmlBlocks(md.render(body));
  let title = fields.title;
  if (!title && blocks[0]?.kind === "heading") {
    title = blocks[0].text;
    blocks = blocks.slice(1);
  }
  const s = structure(blocks, { findHeadline: !title, title });
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !KNOWN.includes(k)));
  return {
    ...fields,
    title: s.title,
    source: fields.source ?? s.siteName ?? s.dateline?.agency ?? null,
    paragraphs: s.paragraphs,
    meta: { ...rest, ...structureMeta(s) },
  };
}
