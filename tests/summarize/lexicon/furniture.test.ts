import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBoilerplate, matchBoilerplate } from "../../../src/ingest/boilerplate.ts";
import { addFile, loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { LexiconError } from "../../../src/summarize/lexicon/types.ts";

const dir = mkdtempSync(join(tmpdir(), "daybrief-furniture-"));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(content));
  return p;
};
const operator = file("mine.json", { about: "test", line_starts: ["From our archive", "Don't miss"] });

const F = suite("furniture");

F("furniture :: the lexicon holds ingest's patterns, in ingest's order", () => {
  const lex = loadLexicon();
  assert.equal(lex.boilerplate.map((r) => r.name), loadBoilerplate().map((r) => r.name));
});

// [line, rule expected with the operator's file loaded, or null]
const table: [string, string | null][] = [
  ["From our archive: the 1990 harbour strike", 'line_starts "from our archive"'],
  ["FROM OUR ARCHIVE", 'line_starts "from our archive"'],
  ["Don't miss the weekend edition", 'line_starts "don\'t miss"'],
  ["Caption: the pier at low tide", "media_label"],
  ["From the archive of the council, the clerk read the minutes.", null],
];
const withOperator = loadLexicon([operator]);
for (const [line, rule] of table)
  F(`furniture :: operator line starts :: ${line}`, () => {
    assert.is(matchBoilerplate(line, withOperator.boilerplate)?.rule.name ?? null, rule);
  });

F("furniture :: an operator line start applies to lines of up to 200 characters", () => {
  const long = "From our archive: " + "the harbour authority's long statement ".repeat(5);
  assert.ok(long.length > 200);
  assert.is(matchBoilerplate(long, withOperator.boilerplate), null);
});

F("furniture :: operator line starts never reach ingest's patterns", () => {
  assert.not.ok(loadBoilerplate().some((r) => r.name.startsWith("line_starts")));
  assert.is(loadLexicon().boilerplate.length, loadBoilerplate().length);
});

F("furniture :: line starts in a shipped dictionary are refused, naming ingest's file (fail)", () => {
  const lex = loadLexicon();
  try {
    addFile(lex, operator, true);
    assert.unreachable("should have thrown");
  } catch (e) {
    assert.instance(e, LexiconError);
    assert.match((e as Error).message, /mine\.json: "line_starts" belong in .*src\/ingest\/data\/boilerplate\.json as named patterns/);
  }
});

F("furniture :: line starts that are not strings are refused (fail)", () => {
  const bad = file("bad.json", { about: "test", line_starts: ["see also", 3] });
  assert.throws(() => loadLexicon([bad]), /bad\.json: "line_starts"\[1\] must be a non-empty string/);
});

F.run();
