// Who carried an article: its source, else (an unknown outlet) the file it came
// from. Story outlets and point support both count by this one name, so a
// point can never be "carried by" more outlets than its story has.
import { basename, extname } from "node:path";
import type { Digested } from "./types.ts";

export function outletOf(d: Digested): string {
  return d.article.source?.trim() || basename(d.article.file, extname(d.article.file));
}
