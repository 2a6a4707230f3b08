// Plain text as analysts save it: maybe a caption, maybe a headline, paragraphs, site furniture.
import { textBlocks } from "./blocks.ts";
import type { Draft } from "./build.ts";
import { structure, structureMeta } from "./structure.ts";

export function readText(text: string): Draft {
  const s = structure(textBlocks(text), { findHeadline: true });
  return {
    title: s.title,
    source: s.siteName ?? s.dateline?.agency ?? null,
    url: null,
    published: null,
    author: null,
    paragraphs: s.paragraphs,
    meta: structureMeta(s),
  };
}
