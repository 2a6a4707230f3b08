// Actor page slugs: ASCII, lowercase, stable for a name across days.
//   "Elena Marsh" -> "elena-marsh"   "Société Générale" -> "societe-generale"
//   a name with no Latin letters -> "actor-" + a hash of the name
import { createHash } from "node:crypto";
import { asciiSlug } from "../ingest/slug.ts";

const MAX_LENGTH = 80;

export function slugify(name: string): string {
  return asciiSlug(name, MAX_LENGTH) || "actor-" + createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 10);
}
