// Text-level clean-up shared by every reader.
//   "\uFEFFa\r\nb"           -> "a\nb"          (BOM, CRLF)
//   "a\u00A0b"               -> "a b"           (no-break and other wide spaces)
//   "e\u0301"                -> "é"             (NFC)
//   "AT&amp;T"               -> "AT&T"          (entities, with semicolon only)
//   "soft\u00ADhyphen"       -> "softhyphen"    (invisible characters)
import { decodeHTMLStrict } from "entities";

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const INVISIBLE = /[\uFEFF\u00AD\u200B-\u200D\u2060]/g;
// C0/C1 controls other than newline: they carry nothing readable.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Whole-text normalisation: line endings, invisible characters, Unicode form. */
export function normalizeText(text: string, opts: { entities?: boolean } = {}): string {
  let t = text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(CONTROLS, "").replace(SPACES, " ");
  if (opts.entities) t = decodeHTMLStrict(t).replace(SPACES, " ");
  return t.normalize("NFC");
}

/** One paragraph on one line: runs of white space become one space. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Form used to compare and hash texts: case, quote style and spacing do not matter. */
export function comparable(s: string): string {
  return collapseSpace(
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-"),
  );
}
