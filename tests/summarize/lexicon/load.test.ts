import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { LexiconError } from "../../../src/summarize/lexicon/types.ts";
import { phraseKey } from "../../../src/summarize/text/tokens.ts";

const dir = mkdtempSync(join(tmpdir(), "daybrief-lexicon-"));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};

const L = suite("loadLexicon");

L("loadLexicon :: the shipped files load and hold world knowledge", () => {
  const lex = loadLexicon();
  assert.ok(lex.entities.get("country:RU"));
  assert.ok(lex.names.get(phraseKey("the Kremlin")).some((h) => h.key === "country:RU" && h.role === "seat"));
  assert.ok(lex.verbs.get(["insisted"]).length > 0, "regular forms are made by the loader");
  assert.ok(lex.verbs.get(["said"]).length > 0, "irregular forms come from the file");
  assert.ok(lex.cues.get(phraseKey("the onus is on")).length > 0);
});

L("loadLexicon :: a word list tested by a bit takes words only, and names the entry that is not one (fail)", () => {
  const lex = loadLexicon([file("words_ok.json", { about: "test", prepositions: ["amid", "’twixt"], auxiliaries: ["'ve"] })]);
  assert.ok(lex.words.prepositions.has("amid") && lex.words.prepositions.has("'twixt"));
  for (const bad of ["&", "—", "'", "(per)"]) {
    const p = file("words_bad.json", { about: "test", prepositions: ["amid", bad] });
    assert.throws(() => loadLexicon([p]), (e: unknown) => e instanceof LexiconError && e.message.includes("words_bad.json") && e.message.includes(`"prepositions"[1] "${bad}" must be a word`));
  }
  const titles = file("titles_bad.json", { about: "test", titles: [{ title: "envoy", role: "envoy", aliases: ["(acting) envoy"] }] });
  assert.throws(() => loadLexicon([titles]), (e: unknown) => e instanceof LexiconError && e.message.includes("titles_bad.json") && e.message.includes('"(acting) envoy" must open with a word'));
  const shapes = file("shapes_bad.json", { about: "test", heads: ["Agency"], suffixes: ["Ltd.", "& Co"] });
  assert.throws(() => loadLexicon([shapes]), (e: unknown) => e instanceof LexiconError && e.message.includes('"suffixes"[1] "& Co" must be a word'));
  const writings = file("writings_bad.json", { about: "test", document_nouns: ["memo", "#"] });
  assert.throws(() => loadLexicon([writings]), (e: unknown) => e instanceof LexiconError && e.message.includes('"document_nouns"[1] "#" must be a word'));
  const groups = file("groups_bad.json", { about: "test", acting_groups: ["critics", "& partners"] });
  assert.throws(() => loadLexicon([groups]), (e: unknown) => e instanceof LexiconError && e.message.includes('"acting_groups"[1] "& partners" must open with a word'));
  assert.ok(loadLexicon([file("groups_ok.json", { about: "test", acting_groups: ["dock pilots"] })]).words.actingGroups.get(["dock", "pilots"]).length > 0);
  // Lists without a bit of their own take any entry, as before.
  assert.ok(loadLexicon([file("words_other.json", { about: "test", non_names: ["&"] })]).words.nonNames.has("&"));
});

L("loadLexicon :: an operator's dictionary adds people, titles and cues", () => {
  const extra = file("mine.json", {
    about: "test",
    entries: [{ kind: "person", name: "Ana Ode", aliases: ["A. Ode"], country: "Norway" }],
    titles: [{ title: "harbour master", role: "official" }],
    cues: [{ phrase: "it is high time", kind: "demand", target: "none" }],
  });
  const lex = loadLexicon([extra]);
  assert.ok(lex.names.get(phraseKey("A. Ode")).some((h) => h.key === "person:ana ode"));
  assert.ok(lex.titles.get(phraseKey("harbour master")).length === 1);
  assert.ok(lex.cues.get(phraseKey("it is high time")).length === 1);
});

L("loadLexicon :: an operator's dictionary adds a state or province with its demonym", () => {
  const lex = loadLexicon([file("regions_mine.json", { about: "test", entries: [{ kind: "government", name: "Nordmark", country: "Norway", aliases: ["the Nordmark government"], demonyms: ["Nordmarker"] }] })]);
  assert.ok(lex.names.get(phraseKey("the Nordmark government")).some((h) => h.key === "gov:nordmark"));
  assert.is(lex.entities.get("gov:nordmark")?.kind, "government");
  assert.is(lex.entities.get("gov:nordmark")?.country, "Norway");
  assert.is(lex.demonyms.get("nordmarker"), "gov:nordmark");
});

const BAD: [string, unknown, RegExp][] = [
  ["a state without its country", { about: "x", entries: [{ kind: "government", name: "Nordmark" }] }, /bad\.json: entries\[0\]: "country" must be a non-empty string/],
  ["not JSON", "{ nope", /bad\.json: not valid JSON/],
  ["no about note", { entries: [] }, /bad\.json: needs an "about" note saying what it covers/],
  ["an unknown section", { about: "x", entires: [] }, /bad\.json: unknown section "entires"/],
  ["an entry without a name", { about: "x", entries: [{ kind: "group", aliases: [] }] }, /bad\.json: entries\[0\]: "name" must be a non-empty string/],
  ["an entry of an unknown kind", { about: "x", entries: [{ kind: "band", name: "X" }] }, /bad\.json: entries\[0\]: "kind" must be one of/],
  ["aliases that are not strings", { about: "x", entries: [{ kind: "group", name: "X", aliases: [3] }] }, /entries\[0\]: "aliases"\[0\] must be a non-empty string/],
  ["a verb of an unknown kind", { about: "x", verbs: [{ verb: "opine", kind: "musing" }] }, /bad\.json: verbs\[0\]: "kind" must be one of/],
  ["a cue with an unknown target", { about: "x", cues: [{ phrase: "ought", kind: "demand", target: "them" }] }, /cues\[0\]: "target" must be one of/],
  ["one surface given to two entries", { about: "x", entries: [{ kind: "group", name: "A", aliases: ["the pair"] }, { kind: "group", name: "B", aliases: ["the pair"] }] }, /entries\[1\]: "the pair" is already given to A/],
];
for (const [name, content, message] of BAD)
  L(`loadLexicon :: ${name} is rejected naming file and entry (fail)`, () => {
    const p = file("bad.json", content);
    try {
      loadLexicon([p]);
      assert.unreachable("should have thrown");
    } catch (e) {
      assert.instance(e, LexiconError);
      assert.match((e as Error).message, message);
    }
  });

L("loadLexicon :: a missing file is named (fail)", () => {
  assert.throws(() => loadLexicon([join(dir, "absent.json")]), /absent\.json: cannot be read/);
});

L.run();
