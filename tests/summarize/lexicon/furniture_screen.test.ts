import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { DEFAULT_BOILERPLATE_FILE, loadBoilerplate, matchBoilerplate, type BoilerplateRule } from "../../../src/ingest/boilerplate.ts";
import { firstFurniture, firstScreened, furnitureScreen, joinableSource, requiredStrings } from "../../../src/summarize/lexicon/furniture_screen.ts";

const J = suite("joinableSource");

J("joinableSource :: named groups become plain groups", () => {
  assert.is(joinableSource("^discover more from (?<source>.{1,120})$"), "^discover more from (.{1,120})$");
});
J("joinableSource :: every top-level alternative must open with ^", () => {
  assert.is(joinableSource("^a|^b"), "^a|^b");
  assert.is(joinableSource("^a|b"), null);
  assert.is(joinableSource("^a|"), null);
  assert.is(joinableSource("\\ball rights reserved$"), null);
});
J("joinableSource :: a floating start is cheaper alone", () => {
  assert.is(joinableSource("^.{0,200}\\bcookie"), null);
});
J("joinableSource :: backreferences are never joined", () => {
  assert.is(joinableSource("^(a)\\1"), null);
  assert.is(joinableSource("^(?<x>a)\\k<x>"), null);
});
J("joinableSource :: lookbehind and classes stay as they are", () => {
  assert.is(joinableSource("^(?<=a)[(?<x>]|^(?<!b)c"), "^(?<=a)[(?<x>]|^(?<!b)c");
});
J.run();

const W = suite("requiredStrings");
const WORDS: [string, string[] | null][] = [
  ["\\ball rights reserved\\.?$", ["all rights reserved"]],
  ["^.{0,200}\\b(cookie (policy|settings)|accept (all )?cookies)\\b", ["cookie ", "accept "]],
  ["uses? cookies", [" cookies"]],
  ["(REUTERS|AFP)/x|Getty Images", ["/x", "Getty Images"]],
  ["ab+c", ["ab"]],
  ["(?=cookie)x|y", ["x", "y"]],
  ["(?=cookie)|y", null],
  ["a|.", null],
  ["(a)\\1", null],
  ["\\p{Lu}x", null],
  ["a{", null],
];
for (const [source, words] of WORDS)
  W(`requiredStrings :: ${source}`, () => {
    assert.equal(requiredStrings(source), words);
  });
W.run();

const F = suite("firstFurniture");
const rules = loadBoilerplate();
const doc = JSON.parse(readFileSync(DEFAULT_BOILERPLATE_FILE, "utf8")) as { patterns: { examples: string[] }[] };
const lines = doc.patterns.flatMap((p) => p.examples.flatMap((e) => [e, `${e} x`, `x ${e}`, e.toUpperCase(), e.slice(1)]));
lines.push("The union said it would strike.", "Reuters reported the talks.", "Photo by REUTERS/Jane Doe", "We use cookies to improve the site.");

F("firstFurniture :: the rule matchBoilerplate finds, for every example and its variants", () => {
  for (const line of lines) assert.is(firstFurniture(line, rules)?.name ?? null, matchBoilerplate(line, rules)?.rule.name ?? null, line);
});
F("firstScreened :: with one screen for many lines, what firstFurniture finds", () => {
  const screen = furnitureScreen(rules);
  for (const line of lines) assert.is(firstScreened(line, rules, screen)?.name ?? null, firstFurniture(line, rules)?.name ?? null, line);
});
F("firstFurniture :: a rule added after the first use is screened too", () => {
  const mine: BoilerplateRule[] = [...rules];
  assert.is(firstFurniture("From our archive: the strike", mine), null);
  mine.push({ name: "archive", re: /^from our archive/i, rest: false, maxLength: 200 });
  assert.is(firstFurniture("From our archive: the strike", mine)?.name, "archive");
});
F("firstFurniture :: a rule replaced in place after the first use is screened anew", () => {
  const mine: BoilerplateRule[] = [...rules];
  assert.is(firstFurniture("Strike news", mine), null);
  mine[0] = { name: "strike", re: /^strike news$/i, rest: false, maxLength: 200 };
  assert.is(firstFurniture("Strike news", mine)?.name, "strike");
});
F("firstFurniture :: a global pattern runs alone, as matchBoilerplate runs it", () => {
  const g: BoilerplateRule[] = [{ name: "g", re: /^a/gi, rest: false, maxLength: 200 }];
  const h: BoilerplateRule[] = [{ name: "g", re: /^a/gi, rest: false, maxLength: 200 }];
  for (const line of ["a", "a", "b", "a"]) assert.is(firstFurniture(line, g)?.name ?? null, matchBoilerplate(line, h)?.rule.name ?? null);
});
F.run();
