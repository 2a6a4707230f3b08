// Fingerprint of a day's input: the sorted article ids (each a hash of its
// text), so a day is digested again exactly when an article was added,
// removed or edited.
import { createHash } from "node:crypto";
import type { Article } from "../ingest/article.ts";
import type { Digested } from "../cluster/types.ts";

export function inputHash(day: Digested[] | Article[]): string {
  const ids = day.map((x) => ("article" in x ? x.article.id : x.id)).sort();
  return createHash("sha256").update(ids.join("\n")).digest("hex");
}
