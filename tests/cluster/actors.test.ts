import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mergeActors } from "../../src/cluster/actors.ts";
import type { Actor } from "../../src/summarize/types.ts";

const summary = (id: string, actors: Actor[]) => ({ articleId: id, actors, points: [], unplaced: [] });

const Merge = suite("mergeActors");
const CASES: [string, Actor, Actor, boolean][] = [
  ["two spellings of one person sharing the surname", { name: "Sergei Ode", kind: "person", aliases: ["Sergei Ode", "Ode"] }, { name: "Sergey Ode", kind: "person", aliases: ["Ode"] }, true],
  ["a country and its government sharing a metonym", { name: "Ostland", kind: "country", aliases: ["Ostland", "the Kremlin"] }, { name: "Ostland government", kind: "government", aliases: ["the Kremlin"] }, true],
  ["a person and a country of the same word", { name: "Jordan", kind: "country", aliases: ["Jordan"] }, { name: "Michael Jordan", kind: "person", aliases: ["Jordan"] }, false],
  ["two people sharing a first name", { name: "Anna Ode", kind: "person", aliases: ["Anna"] }, { name: "Anna Lind", kind: "person", aliases: ["Anna"] }, false],
  ["a lowercase description is not a name", { name: "Ana Ode", kind: "person", aliases: ["the minister"] }, { name: "Per Lind", kind: "person", aliases: ["the minister"] }, false],
  ["transliterations one letter apart", { name: "Ostap Verbytskiy", kind: "person", aliases: ["Verbytskiy"] }, { name: "Ostap Verbytsky", kind: "person", aliases: ["Verbytsky"] }, true],
  ["a variant in the surname's first letter", { name: "Oleksandr Hrytsenko", kind: "person", aliases: ["Hrytsenko"] }, { name: "Oleksandr Grytsenko", kind: "person", aliases: [] }, true],
  ["given names that fold together (Dmitri/Dmitry)", { name: "Dmitri Sorokin", kind: "person", aliases: [] }, { name: "Dmitry Sorokin", kind: "person", aliases: [] }, true],
  ["two people who share only a surname", { name: "Maria Sorokina", kind: "person", aliases: [] }, { name: "Olga Sorokina", kind: "person", aliases: [] }, false],
  ["short names one letter apart are different people", { name: "Anna Lind", kind: "person", aliases: [] }, { name: "Anne Lind", kind: "person", aliases: [] }, false],
];
for (const [name, a, b, merged] of CASES)
  Merge(`mergeActors :: ${name}`, () => {
    const index = mergeActors([summary("1", [a]), summary("2", [b])]);
    assert.is(index.actors.length, merged ? 1 : 2);
    if (merged) assert.is(index.canonical(b.name), index.canonical(a.name));
  });

Merge("mergeActors :: the name most articles use wins, aliases are pooled", () => {
  const index = mergeActors([
    summary("1", [{ name: "Sergey Ode", kind: "person", aliases: ["Sergey Ode", "Ode"] }]),
    summary("2", [{ name: "Sergei Ode", kind: "person", aliases: ["Sergei Ode", "Ode"] }]),
    summary("3", [{ name: "Sergei Ode", kind: "person", aliases: ["Ode"] }]),
  ]);
  assert.equal(index.actors, [{ name: "Sergei Ode", kind: "person", aliases: ["Sergey Ode", "Ode", "Sergei Ode"] }]);
  assert.is(index.canonical("Sergey Ode"), "Sergei Ode");
  assert.is(index.canonical("Someone Else"), "Someone Else");
});
Merge.run();
