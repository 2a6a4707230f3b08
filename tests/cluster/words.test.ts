import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseWordLists, wordLists } from "../../src/cluster/words.ts";

const Parse = suite("parseWordLists");
const good = { note: "test lists", stopwords: ["the"], abbreviations: ["mr"], stance: ["must"], subordinators: ["as"], speechVerbs: ["said"] };
Parse("parseWordLists :: the shipped file loads", () => {
  assert.ok(wordLists().stopwords.has("the"));
  assert.ok(wordLists().abbreviations.has("u.s"));
});
for (const [name, raw, message] of [
  ["not an object", [], /must hold a JSON object/],
  ["no note", { ...good, note: "" }, /needs a "note"/],
  ["a list missing", { ...good, stance: undefined }, /"stance" must be a list/],
  ["an uppercase word", { ...good, stopwords: ["The"] }, /"stopwords" holds "The"/],
] as const)
  Parse(`parseWordLists :: rejects ${name} (fail)`, () => assert.throws(() => parseWordLists(raw, "words.json"), (e: Error) => message.test(e.message) && e.message.startsWith("words.json")));
Parse.run();
