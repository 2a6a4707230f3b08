// Actor page slugs: ASCII, lowercase, stable for a name across days.
//   "Andrei Volkov" -> "andrei-volkov"   "Société Générale" -> "societe-generale"
//   "Ålesund Port Authority" -> "alesund-port-authority"   a name with no Latin letters -> "actor-" + hash
import { createHash } from "node:crypto";

const FOLD: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i" };

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "actor-" + createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 10);
}
