import { suite } from "uvu";
import * as assert from "uvu/assert";
import { contentTerms, contentWords, jaccard, normalizeWord, stem } from "../../src/cluster/tokens.ts";

const Stem = suite("stem");
for (const [word, want] of [
  ["talks", "talk"], ["talked", "talk"], ["talking", "talk"], ["countries", "country"], ["crisis", "crisis"],
  ["status", "status"], ["press", "press"], ["churches", "church"], ["2024", "2024"], ["gas", "gas"],
] as const)
  Stem(`stem :: ${word} -> ${want}`, () => assert.is(stem(word), want));
Stem.run();

const Normalize = suite("normalizeWord");
for (const [raw, want] of [["Russia’s", "russia"], ["U.S.", "u.s"], ["Minister's", "minister"], ["Oslo.", "oslo"]] as const)
  Normalize(`normalizeWord :: ${raw}`, () => assert.is(normalizeWord(raw), want));
Normalize.run();

const Terms = suite("contentTerms");
Terms("contentTerms :: drops function words, marks names and figures inside a sentence", () => {
  const t = contentTerms("Ministers met in Oslo on 30 May. The talks failed.");
  // "may" is a function word (the modal), so the month goes with it
  assert.equal(t.terms, ["minister", "met", "oslo", "30", "talk", "fail"]);
  assert.ok(!t.terms.includes("the") && !t.terms.includes("in"));
  assert.ok(t.named[t.terms.indexOf("oslo")], "Oslo is a name");
  assert.ok(t.named[t.terms.indexOf("30")], "30 is a figure");
  assert.not.ok(t.named[t.terms.indexOf("minister")], "sentence-initial capital is not a name");
  assert.not.ok(t.named[t.terms.indexOf("talk")], "sentence-initial capital after a full stop is not a name");
});
Terms.run();

const Jaccard = suite("jaccard");
for (const [a, b, want] of [
  ["the blockade must end now", "the blockade has to end", 1],
  ["lift the naval blockade", "end the blockade", 1 / 4],
  ["close the consulate", "open a new school", 0],
  ["", "", 0],
] as const)
  Jaccard(`jaccard :: "${a}" ~ "${b}"`, () => assert.ok(Math.abs(jaccard(contentWords(a), contentWords(b)) - want) < 1e-9));
Jaccard.run();
