// Who carried an article: its source, else the site its URL is on, else (an
// unknown outlet) the file it came from. Story outlets and point support both
// count by this one name, so a point can never be "carried by" more outlets
// than its story has.
import { basename, extname } from "node:path";
import type { Digested } from "./types.ts";

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function outletOf(d: Digested): string {
  return d.article.source?.trim() || hostOf(d.article.url) || basename(d.article.file, extname(d.article.file));
}
