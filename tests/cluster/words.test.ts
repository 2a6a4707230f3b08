import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseWordLists, wordLists } from "../../src/cluster/words.ts";

const Parse = suite("parseWordLists");
const good = { about: "test lists", stopwords: ["the"], stance: ["must"], subordinators: ["as"], anaphors: ["such"], firm: ["never"], hedged: ["could"] };
Parse("parseWordLists :: the shipped file loads", () => {
  assert.ok(wordLists().stopwords.has("the"));
  assert.ok(wordLists().anaphors.has("this"));
});
Parse("parseWordLists :: a good file gives every list", () => {
  const lists = parseWordLists(JSON.stringify(good), "words.json");
  assert.equal([...lists.anaphors], ["such"]);
  assert.equal([...lists.firm, ...lists.hedged], ["never", "could"]);
});
for (const [name, raw, message] of [
  ["not an object", [], /must hold a JSON object/],
  ["no note saying what it covers", { ...good, about: "" }, /needs an "about" note/],
  ["a list missing", { ...good, stance: undefined }, /"stance" must be a list/],
  ["an uppercase word", { ...good, stopwords: ["The"] }, /"stopwords" holds "The"/],
  ["two words in one entry", { ...good, stopwords: ["of the"] }, /"stopwords" holds "of the"/],
] as const)
  Parse(`parseWordLists :: rejects ${name} (fail)`, () =>
    assert.throws(() => parseWordLists(JSON.stringify(raw), "words.json"), (e: Error) => message.test(e.message) && e.message.startsWith("words.json")),
  );
Parse("parseWordLists :: rejects text that is not JSON (fail)", () => assert.throws(() => parseWordLists("{", "words.json"), /^words\.json: not valid JSON/));
Parse.run();
