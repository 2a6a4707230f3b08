// Text -> an ASCII name for files and URLs: lowercase words joined by hyphens.
//   "Société Générale"           -> "societe-generale"
//   "Straße & Söhne", "O’Neill"  -> "strasse-sohne", "oneill"
//   "Гавань" (no Latin letters)  -> "" (the caller decides what stands in)
//   a title over `max` letters   -> cut between words
const FOLD: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i" };

export function asciiSlug(text: string, max: number): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  // Cut at the last hyphen that keeps a word; a single overlong word is cut where it must be.
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf("-");
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, "");
}
