import { suite } from "uvu";
import * as assert from "uvu/assert";
import iconv from "iconv-lite";
import { declaredCharset, decodeBytes } from "../../src/ingest/decode.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

const decode = suite("decodeBytes");

const ok: [string, Uint8Array, string, string][] = [
  ["plain UTF-8", utf8("Grüße, “quoted”"), "Grüße, “quoted”", "utf-8"],
  ["UTF-8 with a BOM loses the BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Hi")]), "Hi", "utf-8"],
  ["UTF-16 LE with a BOM", Uint8Array.from([0xff, 0xfe, ...iconv.encode("Ünï", "utf-16le")]), "Ünï", "utf-16le"],
  ["UTF-16 BE with a BOM", Uint8Array.from([0xfe, 0xff, ...iconv.encode("Ünï", "utf-16be")]), "Ünï", "utf-16be"],
  ["Windows-1252 curly quotes and accents", bytes(0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80), "“café” – €", "windows-1252"],
];
for (const [name, input, text, encoding] of ok)
  decode(`decodeBytes :: ${name}`, () => {
    const r = decodeBytes(input);
    assert.ok(r.ok, JSON.stringify(r));
    if (r.ok) {
      assert.is(r.text, text);
      assert.is(r.encoding, encoding);
    }
  });

const bad: [string, Uint8Array, RegExp][] = [
  ["empty (fail)", bytes(), /^empty file$/],
  ["NUL bytes (fail)", utf8("ab\0cd"), /^binary file \(NUL bytes\)$/],
  ["bytes undefined in Windows-1252 (fail)", bytes(0x61, 0x81, 0x62, 0xe9), /^not UTF-8 and not Windows-1252: byte 0x81 at offset 1$/],
  ["UTF-8 mixed with a stray byte (fail)", Uint8Array.from([...utf8("naïve "), 0xe9, ...utf8(" end")]), /^not UTF-8 and not Windows-1252: invalid UTF-8 byte 0xE9 at offset 7/],
];
for (const [name, input, message] of bad)
  decode(`decodeBytes :: ${name}`, () => {
    const r = decodeBytes(input);
    assert.not.ok(r.ok);
    if (!r.ok) assert.match(r.message, message);
  });

decode("decodeBytes :: a declared charset is honoured", () => {
  const page = Uint8Array.from([...utf8('<meta charset="iso-8859-1"><p>'), 0xe9, ...utf8("</p>")]);
  const r = decodeBytes(page);
  assert.ok(r.ok && r.text.includes("<p>é</p>") && r.encoding === "windows-1252");
  const header = decodeBytes(iconv.encode("Ωmega", "iso-8859-7"), "iso-8859-7");
  assert.ok(header.ok && header.text === "Ωmega");
});

decode("declaredCharset :: from <?xml?> and <meta>", () => {
  assert.is(declaredCharset(utf8('<?xml version="1.0" encoding="Windows-1252"?><rss/>')), "windows-1252");
  assert.is(declaredCharset(utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')), "koi8-r");
  assert.is(declaredCharset(utf8("plain text")), null);
});

decode.run();
