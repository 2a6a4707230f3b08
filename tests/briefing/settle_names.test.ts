import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Actor } from "../../src/summarize/types.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { settleNames } from "../../src/briefing/settle_names.ts";

const person = (name: string, aliases: string[] = []): Actor => ({ name, kind: "person", aliases });
const earlier = (date: string, actors: Actor[]): Briefing => ({
  version: 1,
  date,
  inputHash: date,
  previous: null,
  articles: [],
  stories: [],
  actors: actors.map((a) => ({ ...a, slug: a.name.toLowerCase().replace(/\W+/g, "-"), points: [] })),
  quiet: [],
  rejected: [],
});

const settle = suite("settleNames");
const CASES: [string, Actor[], Actor, string][] = [
  ["a transliteration keeps the earlier spelling", [person("Andrei Volkov", ["Volkov"])], person("Andrey Volkov", ["Volkov"]), "Andrei Volkov"],
  ["a name an earlier briefing had as an alias", [{ name: "Ostland", kind: "country", aliases: ["the Kremlin"] }], { name: "the Kremlin", kind: "country", aliases: [] }, "Ostland"],
  ["a surname ending spelled another way", [person("Ostap Verbytskyi")], person("Ostap Verbytsky"), "Ostap Verbytskyi"],
  ["a new actor keeps its own name", [person("Andrei Volkov")], person("Marit Claes"), "Marit Claes"],
  ["two people sharing a surname stay apart", [person("Maria Sorokina")], person("Olga Sorokina"), "Olga Sorokina"],
  ["a lowercase description never routes a name", [person("Ana Ode", ["the minister"])], person("the minister"), "the minister"],
];
for (const [name, before, today, expected] of CASES)
  settle(`settleNames :: ${name}`, () => {
    const { actors, rename } = settleNames([today], [earlier("2026-03-01", before)]);
    assert.is(actors[0]!.name, expected);
    assert.is(rename(today.name), expected);
  });
settle("settleNames :: the settled actor keeps the day's spelling as an alias", () => {
  const { actors } = settleNames([person("Andrey Volkov")], [earlier("2026-03-01", [person("Andrei Volkov")])]);
  assert.equal(actors[0]!.aliases, ["Andrey Volkov"]);
});
settle("settleNames :: two spellings of one day settle into one actor", () => {
  const { actors } = settleNames([person("Andrey Volkov", ["Volkov"]), person("Andrei Volkov")], [earlier("2026-03-01", [person("Andrei Volkov")])]);
  assert.is(actors.length, 1);
  assert.equal(actors[0]!.aliases.sort(), ["Andrey Volkov", "Volkov"]);
});
settle("settleNames :: no earlier briefing changes nothing", () => {
  const day = [person("Andrey Volkov")];
  assert.equal(settleNames(day, []).actors, day);
});
settle.run();
