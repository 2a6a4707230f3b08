import { suite } from "uvu";
import * as assert from "uvu/assert";
import { splitSentences } from "../../src/cluster/sentences.ts";

const Split = suite("splitSentences");
for (const [name, body, want] of [
  ["abbreviations and initials do not end a sentence", "Mr. Ode met the U.S. envoy. J. R. Lind said no.", ["Mr. Ode met the U.S. envoy.", "J. R. Lind said no."]],
  ["a quote closes after its full stop", '"We will not move," she said. Talks ended.', ['"We will not move," she said.', "Talks ended."]],
  ["a heading line stands alone", "Talks resume\nThe ministers met on Monday.", ["Talks resume", "The ministers met on Monday."]],
  ["hard-wrapped lines run on", "The ministers met\non Monday in Brenn. Then\nthey left.", ["The ministers met on Monday in Brenn.", "Then they left."]],
  ["question and exclamation marks", "Is it over? Not yet! Wait.", ["Is it over?", "Not yet!", "Wait."]],
  ["a decimal is not a boundary", "Prices rose 2.5 percent. Bread led.", ["Prices rose 2.5 percent.", "Bread led."]],
  ["a hyphenated rank before a name does not end a sentence", "The envoy, retired Lt.-Gen. Ode Lind, left early. Talks ended.", ["The envoy, retired Lt.-Gen. Ode Lind, left early.", "Talks ended."]],
  ["a lowercase letter with a dot is no initial", "Plan a. Plan b failed.", ["Plan a.", "Plan b failed."]],
  ["an abbreviation at a wrap does not end a sentence", "The talks were led by\nthe U.S. envoy and\nended. Ships waited.", ["The talks were led by the U.S. envoy and ended.", "Ships waited."]],
] as const)
  Split(`splitSentences :: ${name}`, () => assert.equal(splitSentences(body).map((s) => s.text), [...want]));

Split("splitSentences :: offsets point into the body", () => {
  const body = "First one here.\n\nSecond one, after a blank line. Third.";
  for (const s of splitSentences(body)) assert.is(body.slice(s.start, s.end), s.text);
});

Split("splitSentences :: paragraphs and completeness", () => {
  const got = splitSentences("A heading\n\nOne. Two.\nThree.");
  assert.equal(got.map((s) => [s.paragraph, s.complete]), [[0, false], [1, true], [1, true], [2, true]]);
});

Split("splitSentences :: limit keeps only the opening", () => {
  assert.is(splitSentences("One is here. Two is here. Three is here.", 2).length, 2);
});
Split.run();
