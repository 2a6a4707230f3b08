import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pronounsOf, reportingForms, summarizerWords } from "../../src/cluster/lexicon.ts";
import { loadLexicon } from "../../src/summarize/lexicon/load.ts";

const shipped = loadLexicon();

const Forms = suite("reportingForms");
for (const [word, reporting, why] of [
  ["said", true, "an irregular past of a position verb"],
  ["says", true, "the present of a headline"],
  ["warned", true, "a warning reports what is foreseen"],
  ["acknowledged", true, "a regular past"],
  ["say", false, "the base form"],
  ["saying", false, "the -ing form adds to a clause"],
  ["demanded", false, "a demand's clause is what is asked"],
  ["denied", false, "a rejection's clause is what is refused"],
  ["promised", false, "an offer's clause is what is promised"],
] as const)
  Forms(`reportingForms :: "${word}" ${reporting ? "is" : "is not"} one: ${why}`, () => assert.is(reportingForms(shipped).has(word), reporting));
Forms("reportingForms :: follows the verbs of the lexicon it is given", () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-cluster-lexicon-"));
  const file = join(dir, "extra.json");
  writeFileSync(file, JSON.stringify({ about: "test verbs", verbs: [{ verb: "tweet", kind: "position" }] }));
  assert.not.ok(reportingForms(shipped).has("tweeted"));
  assert.ok(reportingForms(loadLexicon([file])).has("tweeted"));
});
Forms.run();

const Pronouns = suite("pronounsOf");
for (const [word, pronoun] of [
  ["she", true],
  ["their", true],
  ["it", true],
  ["we", true],
  ["the", false],
  ["this", false], // a demonstrative: the cluster's own 'anaphors'
] as const)
  Pronouns(`pronounsOf :: "${word}"${pronoun ? "" : " (fail)"}`, () => assert.is(pronounsOf(shipped).has(word), pronoun));
Pronouns.run();

const Shared = suite("summarizerWords");
Shared("summarizerWords :: read once, with the lexicon's own grammar lists", () => {
  assert.is(summarizerWords(), summarizerWords());
  assert.ok(summarizerWords().grammar.abbreviations.has("u.s."));
  assert.ok(summarizerWords().reportingVerbs.has("said"));
});
Shared.run();
