// Bytes -> text, or the reason they are not text.
//   ""                          -> "empty file"
//   "ab\0cd"                    -> "binary file (NUL bytes)"
//   UTF-8 (with or without BOM) -> text
//   UTF-16 with a BOM           -> text
//   Windows-1252 ("caf\xe9")    -> text, encoding "windows-1252"
//   declared charset (HTTP header, <meta charset>, <?xml encoding?>) -> honoured when known
//   "\x81\x8d" or UTF-8 mixed with stray bytes -> "not UTF-8 and not Windows-1252: ..."
import iconv from "iconv-lite";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

// Bytes that Windows-1252 leaves undefined: their presence rules that encoding out.
const CP1252_HOLES = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

const hex = (b: number) => "0x" + b.toString(16).toUpperCase().padStart(2, "0");

/** The charset a document names for itself in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

const isUtf8Name = (name: string) => /^utf-?8$/i.test(name);

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; sawMultibyte: boolean } {
  let sawMultibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { offset: i, sawMultibyte };
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { offset: i, sawMultibyte };
    if (need > 0) sawMultibyte = true;
    i += need + 1;
  }
  return { offset: -1, sawMultibyte };
}

function decodeWith(bytes: Uint8Array, charset: string): Decoded {
  const text = iconv.decode(Buffer.from(bytes), charset);
  if (text.includes("\uFFFD")) return { ok: false, message: `not valid ${charset} text` };
  return { ok: true, text, encoding: charset };
}

export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, message: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };
  if (bytes.includes(0)) return { ok: false, message: "binary file (NUL bytes)" };

  const charset = (declared ?? declaredCharset(bytes))?.toLowerCase();
  // Latin-1 labels are read as Windows-1252, as browsers do.
  if (charset && !isUtf8Name(charset) && iconv.encodingExists(charset)) {
    return decodeWith(bytes, /^(iso-8859-1|latin-?1|us-ascii|ascii)$/.test(charset) ? "windows-1252" : charset);
  }
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    const { offset, sawMultibyte } = firstInvalidUtf8(bytes);
    const at = `byte ${hex(bytes[offset] ?? 0)} at offset ${offset}`;
    if (sawMultibyte) return { ok: false, message: `not UTF-8 and not Windows-1252: invalid UTF-8 ${at} in a file that also holds UTF-8 text` };
    const hole = bytes.findIndex((b) => CP1252_HOLES.has(b));
    if (hole >= 0) return { ok: false, message: `not UTF-8 and not Windows-1252: byte ${hex(bytes[hole]!)} at offset ${hole}` };
    return { ok: true, text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
  }
}
