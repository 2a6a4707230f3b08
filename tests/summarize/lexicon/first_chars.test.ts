import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { DEFAULT_BOILERPLATE_FILE } from "../../../src/ingest/boilerplate.ts";
import { firstChars } from "../../../src/summarize/lexicon/first_chars.ts";
import { joinableSource } from "../../../src/summarize/lexicon/furniture_screen.ts";

const text = (set: Set<number> | null) => (set ? String.fromCharCode(...[...set].sort((a, b) => a - b)) : null);

const F = suite("firstChars");
const CASES: [string, boolean, string | null][] = [
  ["^(see also|read more)\\b.*$", true, "RSrs"],
  ["^\\(?(photo|video)", true, "(PVpv"],
  ["^\\d+ comments", false, "0123456789"],
  ["^(a|b?)c", false, "abc"],
  ["^[cC]opy|^©", false, "Cc"],
  ["^[A-Cx\\-]z", true, "-ABCXabcx"],
  ["^(?=ab)c", false, "c"],
  ["^(?<word>no)\\b", false, "n"],
  // Any character, or none at all, may come first.
  ["^.{0,9}cookies", true, null],
  ["^\\s*x", false, null],
  ["^(a|b?)", false, null],
  ["^[^a]b", false, null],
  ["^\\p{Lu}x", false, null],
  // Beyond ASCII: with i it may fold to an ASCII letter; without, no ASCII character matches it.
  ["^ſ", true, null],
  ["^ſ", false, ""],
  ["^(a)\\1", false, null],
];
for (const [source, i, expected] of CASES)
  F(`firstChars :: ${source}${i ? " (i)" : ""}`, () => assert.is(text(firstChars(source, i)), expected));

F("firstChars :: every example of a furniture pattern begins with one of its first characters", () => {
  const doc = JSON.parse(readFileSync(DEFAULT_BOILERPLATE_FILE, "utf8")) as { patterns: { pattern: string; flags?: string; examples: string[] }[] };
  for (const p of doc.patterns) {
    const part = joinableSource(p.pattern);
    const first = part === null ? null : firstChars(part, (p.flags ?? "").includes("i"));
    if (!first) continue;
    for (const e of p.examples) if (e.charCodeAt(0) < 128) assert.ok(first.has(e.charCodeAt(0)), `${p.pattern} / ${e}`);
  }
});
F.run();
