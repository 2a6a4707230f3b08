import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { DEFAULT_BOILERPLATE_FILE } from "../../src/ingest/boilerplate.ts";
import { atomEnd, requiredStrings, startsAnchored, uncaptured } from "../../src/ingest/pattern_source.ts";

const atoms = suite("atomEnd");

// [source, read with the "u" flag, the atoms it reads as, one after another]
const ATOMS: [string, boolean, string[]][] = [
  ["ab", false, ["a", "b"]],
  ["\\(x", false, ["\\(", "x"]],
  ["[)|]x", false, ["[)|]", "x"]],
  ["[\\]]x", false, ["[\\]]", "x"]],
  ["[]x", false, ["[]", "x"]],
  ["\\u0041\\x41\\cJ\\12", false, ["\\u0041", "\\x41", "\\cJ", "\\12"]],
  ["\\d\\", false, ["\\d", "\\"]],
  ["\\p{Lu}+", true, ["\\p{Lu}", "+"]],
  ["\\u{1F600}\\k<name>", true, ["\\u{1F600}", "\\k<name>"]],
  ["😀a", true, ["😀", "a"]],
  // Without "u" the braces and brackets are characters, and a surrogate pair two code units.
  ["\\p{|}", false, ["\\p", "{", "|", "}"]],
  ["\\k<|>", false, ["\\k", "<", "|", ">"]],
  ["😀a", false, ["\uD83D", "\uDE00", "a"]],
];
for (const [source, unicode, expected] of ATOMS)
  atoms(`atomEnd :: ${source}${unicode ? " (u)" : ""}`, () => {
    const read: string[] = [];
    for (let i = 0; i < source.length; i = atomEnd(source, i, unicode)) read.push(source.slice(i, atomEnd(source, i, unicode)));
    assert.equal(read, expected);
  });
atoms.run();

const anchored = suite("startsAnchored");

const ANCHORED: [string, boolean][] = [
  ["^one$", true],
  ["^one$|^two$", true],
  ["^(a|b)c|^d", true],
  ["^one$|two$", false],
  ["\\bcredit$", false],
  ["^[|]x|^y", true],
  ["^\\|x", true],
  ["^a|", false],
  ["", false],
];
for (const [source, expected] of ANCHORED) anchored(`startsAnchored :: ${source || "(empty)"}`, () => assert.is(startsAnchored(source, false), expected));
anchored("startsAnchored :: a \"|\" within \\p{...} is the pattern's only without the u flag", () => {
  assert.is(startsAnchored("^a\\p{|}", true), true);
  assert.is(startsAnchored("^a\\p{|}", false), false);
});
anchored.run();

const plain = suite("uncaptured");

// Capturing groups, named or not, become plain ones; escapes, classes and lookarounds stay as written.
const UNCAPTURED: [string, string][] = [
  ["^from (?<source>.+)$", "^from (?:.+)$"],
  ["(?<a>x)(?<b>y)", "(?:x)(?:y)"],
  ["(?<=a)b(?<!c)", "(?<=a)b(?<!c)"],
  ["(?=a)(?!b)(?:c)", "(?=a)(?!b)(?:c)"],
  ["[(?<x>]y", "[(?<x>]y"],
  ["[(]y", "[(]y"],
  ["\\(?<x>", "\\(?<x>"],
  ["\\(x\\)", "\\(x\\)"],
  ["[\\]](?<n>z)", "[\\]](?:z)"],
  ["plain (group)", "plain (?:group)"],
  ["^(a|(b|c))$", "^(?:a|(?:b|c))$"],
  // No closing ">": not a group name, left as written.
  ["x(?<a", "x(?<a"],
  // A back reference would lose its group: the pattern comes back as written.
  ["^(a)\\1", "^(a)\\1"],
  ["(?<n>a)\\k<n>", "(?<n>a)\\k<n>"],
  // An escaped backslash before a digit is no reference.
  ["\\\\1(a)", "\\\\1(?:a)"],
];
for (const [source, expected] of UNCAPTURED) plain(`uncaptured :: ${source}`, () => assert.is(uncaptured(source, true), expected));
plain("uncaptured :: without the u flag a brace after \\p is a character, and a group after it is one", () => {
  assert.is(uncaptured("\\p{(x)}", false), "\\p{(?:x)}");
  assert.is(uncaptured("\\p{L}(x)", true), "\\p{L}(?:x)");
});
plain.run();

const needs = suite("requiredStrings");

// [source, flags, the strings one of which every match holds (null: none promised)]
const NEEDS: [string, string, string[] | null][] = [
  ["\\ball rights reserved\\.?$", "", ["all rights reserved"]],
  ["abc", "", ["abc"]],
  ["ab|cd", "", ["ab", "cd"]],
  ["ab|ab", "", ["ab"]],
  ["(x|y)z", "", ["z"]],
  ["colou?r", "", ["colo"]],
  ["(ab)+c", "", ["ab"]],
  ["(?:ab){2}", "", ["ab"]],
  ["a+?bc", "", ["bc"]],
  ["a(?:)b", "", ["ab"]],
  ["a(?=x)b", "", ["ab"]],
  ["a\\bb", "", ["ab"]],
  ["\\d+ comments?", "", [" comment"]],
  ["\\/\\.\\-", "", ["/.-"]],
  ["[abc]+x", "", ["x"]],
  ["\\p{Lu}\\p{L}+ said", "u", [" said"]],
  ["(?<source>\\w+) wrote", "", [" wrote"]],

  ["x{,3}", "", [",3"]],
  ["\\b((REUTERS|AP Photo|AFP)/[\\p{L} .'-]{1,60}|(via )?Getty Images|Shutterstock)\\.?\\)?$", "u", ["/", "Getty Images", "Shutterstock"]],
  ["😀b", "u", ["😀b"]],
  ["x😀*", "u", ["x"]],
  // Nothing promised: optional or repeated from zero, classes, escapes that are not the character itself.
  ["😀?", "u", null],
  ["a\\p{|}", "", null],
  ["a\\u{|}", "", null],
  ["a*", "", null],
  ["xa{0,123456789012345678901234}", "", ["x"]],
  ["(ab)?", "", null],
  ["\\d+", "", null],
  ["\\n", "", null],
  ["a|\\d", "", null],
  ["a|", "", null],
  ["(?<=ab)c*", "", null],
  ["(?!ab)\\w+", "", null],
  ["a|b|c|d|e|f|g", "", null],
  // Back references are not read: under "u" the engine reads "\\1😀" as "\\1" and a lone low surrogate.
  ["(a)\\1", "", null],
  ["\\1😀()", "u", null],
  ["(?<n>a)\\k<n>", "u", null],
  ["a\\k<|>", "", null],
  // Case-blind patterns are the engine's to fold; unknown group forms and stray closers are not read.
  ["abc", "i", null],
  ["(?i:ab)c?", "", null],
  ["ab)", "", null],
];
for (const [source, flags, expected] of NEEDS)
  needs(`requiredStrings :: /${source}/${flags}`, () => {
    const got = requiredStrings(source, flags);
    assert.equal(got === null ? null : [...got].sort(), expected === null ? null : [...expected].sort());
  });

needs("requiredStrings :: groups nested thousands deep are not read, and nothing is thrown", () => {
  const deep = "(?:".repeat(5000) + "a" + ")".repeat(5000);
  assert.ok(new RegExp(deep).test("a"));
  assert.is(requiredStrings(deep, ""), null);
  assert.equal(requiredStrings("(?:".repeat(10) + "a" + ")".repeat(10), ""), ["a"]);
});

// The promise holds for texts the pattern matches: the shipped patterns' own examples, and credits
// and notices at the end of longer lines.
needs("requiredStrings :: every text a shipped pattern matches holds one of its strings", () => {
  const { patterns } = JSON.parse(readFileSync(DEFAULT_BOILERPLATE_FILE, "utf8")) as { patterns: { name: string; pattern: string; flags?: string; examples: string[] }[] };
  const lines = ["Delegates arrive in Geneva. REUTERS/Jane Roe", "Talks resume (via Getty Images)", "Photo: Shutterstock", "The Hill Post. All rights reserved."];
  let promised = 0;
  for (const { name, pattern, flags = "", examples } of patterns) {
    const strings = requiredStrings(pattern, flags);
    if (strings === null) continue;
    promised++;
    const re = new RegExp(pattern, flags);
    for (const text of [...examples, ...lines]) if (re.test(text)) assert.ok(strings.some((s) => text.includes(s)), `${name}: ${text}`);
  }
  assert.ok(promised > 0, "some shipped pattern promises strings");
});

needs("requiredStrings :: a match anywhere in a text holds one of the strings", () => {
  const cases: [string, string, string[]][] = [
    ["(\\d+)-(\\d+) (win|loss)", "", ["It ended 3-1 win for the hosts", "no score", "10-2 loss"]],
    ["\\b(by|via) (AFP|AP)$", "", ["photo via AFP", "by AP", "by APX"]],
    ["[A-Z]{2,}/\\w+", "", ["REUTERS/Roe", "no credit", "AP/x"]],
  ];
  for (const [source, flags, texts] of cases) {
    const re = new RegExp(source, flags);
    const strings = requiredStrings(source, flags)!;
    assert.ok(strings, source);
    for (const text of texts) if (re.test(text)) assert.ok(strings.some((s) => text.includes(s)), `${source}: ${text}`);
  }
});
// Random patterns of every construct the reading knows, each with texts built to match it: a
// seeded generator, so a failure repeats. Each text the pattern does match must hold a string.
needs("requiredStrings :: random patterns keep their promise on texts built to match them", () => {
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  type Piece = { src: string; text: () => string };
  const ATOMS: Piece[] = [
    ..."ab-/ 😀".split(/(?:)/u).map((c) => ({ src: c, text: () => c })),
    { src: "\\.", text: () => "." }, { src: "\\/", text: () => "/" }, { src: "\\d", text: () => "7" }, { src: "\\w", text: () => pick(["a", "_"]) },
    { src: "[ab]", text: () => pick(["a", "b"]) }, { src: "[^a]", text: () => "x" }, { src: ".", text: () => pick(["a", "!"]) },
    { src: "\\x61", text: () => "a" }, { src: "\\u0062", text: () => "b" }, { src: "\\p{L}", text: () => "p{L}" }, { src: "{", text: () => "{" }, { src: "}", text: () => "}" },
  ];
  const QUANTIFIERS: [string, number, number][] = [["*", 0, 2], ["+", 1, 2], ["?", 0, 1], ["{2}", 2, 2], ["{0,1}", 0, 1], ["{1,}", 1, 2], ["+?", 1, 2]];
  const term = (depth: number): Piece => {
    const r = rnd();
    if (r < 0.1) return { src: pick(["^", "$", "\\b", "\\B"]), text: () => "" };
    let atom: Piece;
    let quantifiable = true;
    if (r < 0.3 && depth < 3) {
      const inner = alternatives(depth + 1);
      const open = pick(["(", "(?:", "(?<g" + Math.floor(rnd() * 1e9) + ">", "(?=", "(?!", "(?<=", "(?<!"]);
      const around = /^\(\?<?[=!]/.test(open);
      atom = { src: open + inner.src + ")", text: around ? () => "" : inner.text };
      quantifiable = !around;
    } else atom = pick(ATOMS);
    if (!quantifiable || rnd() > 0.35) return atom;
    const [q, least, most] = pick(QUANTIFIERS);
    return { src: atom.src + q, text: () => Array.from({ length: least + Math.floor(rnd() * (most - least + 1)) }, atom.text).join("") };
  };
  const sequence = (depth: number): Piece => {
    const terms = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => term(depth));
    return { src: terms.map((t) => t.src).join(""), text: () => terms.map((t) => t.text()).join("") };
  };
  const alternatives = (depth: number): Piece => {
    const alts = Array.from({ length: rnd() < 0.3 ? 2 : 1 }, () => sequence(depth));
    return { src: alts.map((a) => a.src).join("|"), text: () => pick(alts).text() };
  };
  let promised = 0;
  for (let n = 0; n < 3000; n++) {
    const pattern = alternatives(0);
    const flags = pick(["", "u", "m"]);
    let re: RegExp;
    try {
      re = new RegExp(pattern.src, flags);
    } catch {
      continue;
    }
    const strings = requiredStrings(pattern.src, flags);
    if (strings === null) continue;
    promised++;
    for (let k = 0; k < 8; k++) {
      const text = pick(["", "x", "a b"]) + pattern.text() + pick(["", "y", "}"]);
      if (re.test(text)) assert.ok(strings.some((s) => text.includes(s)), `/${pattern.src}/${flags} matches ${JSON.stringify(text)} without ${JSON.stringify(strings)}`);
    }
  }
  assert.ok(promised > 300, `${promised} patterns promised strings`);
});
needs.run();
