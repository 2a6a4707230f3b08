import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clearestText, mergePoints, quotesDiffer } from "../../src/cluster/points.ts";
import { outletOf } from "../../src/cluster/outlet.ts";
import { digested } from "./fixtures/digest.ts";

const same = (n: string) => n;

const Merge = suite("mergePoints");
Merge("mergePoints :: one actor's same demand in three outlets is one point, support 3", () => {
  const members = [
    digested("a", "Ode demanded that Ostland lift the naval blockade at once.", { source: "Wire", points: [{ kind: "demand", actor: "Ode", text: "Ostland lift the naval blockade at once" }] }),
    digested("b", "Ostland must lift its naval blockade, Ode insisted.", { source: "Ledger", points: [{ kind: "demand", actor: "Ode", text: "Ostland must lift its naval blockade" }] }),
    digested("c", "Ode wants Ostland to lift the blockade.", { source: "Times", points: [{ kind: "demand", actor: "Ode", text: "Ostland to lift the blockade" }] }),
  ];
  const points = mergePoints(members, same);
  assert.is(points.length, 1);
  assert.is(points[0]!.support, 3);
  assert.equal(points[0]!.sources.map((s) => s.article), ["a", "b", "c"]);
  assert.is(points[0]!.text, "Ostland must lift its naval blockade", "the shortest that keeps \"naval\", which two of three use");
});

Merge("mergePoints :: support counts outlets, not articles; unknown outlets count apart", () => {
  const p = { kind: "demand" as const, actor: "Ode", text: "end the blockade" };
  const points = mergePoints(
    [digested("a", "x.", { source: "Wire", points: [p] }), digested("b", "y.", { source: "Wire", points: [p] }), digested("c", "z.", { points: [p] }), digested("d", "w.", { points: [p] })],
    same,
  );
  assert.is(points[0]!.support, 3);
});

Merge("mergePoints :: support counts outlets as the story does, so it never exceeds the story's outlets", () => {
  const p = { kind: "demand" as const, actor: "Ode", text: "end the blockade" };
  // No source: the outlet is named by the file (Wire.txt), the same name the other article gives.
  const members = [digested("Wire", "x.", { points: [p] }), digested("b", "y.", { source: "Wire", points: [p] })];
  const points = mergePoints(members, same);
  assert.is(points[0]!.support, new Set(members.map(outletOf)).size);
  assert.is(points[0]!.support, 1);
});

for (const [name, a, b] of [
  ["another actor", { kind: "demand", actor: "Ode", text: "end the blockade" }, { kind: "demand", actor: "Lind", text: "end the blockade" }],
  ["another kind", { kind: "demand", actor: "Ode", text: "end the blockade" }, { kind: "offer", actor: "Ode", text: "end the blockade" }],
  ["another subject", { kind: "demand", actor: "Ode", text: "end the blockade" }, { kind: "demand", actor: "Ode", text: "close the consulate in Tarnow" }],
] as const)
  Merge(`mergePoints :: ${name} stays apart`, () => {
    const points = mergePoints([digested("a", "One.", { points: [a] }), digested("b", "Two.", { points: [b] })], same);
    assert.is(points.length, 2);
  });

Merge("mergePoints :: two points drawn from one sentence stay two", () => {
  const body = "Ode noted that the strait must stay open, criticizing the tariff on grain exports.";
  const points = mergePoints(
    [digested("a", body, { points: [{ kind: "position", actor: "Ode", text: "the strait must stay open", in: "noted" }, { kind: "position", actor: "Ode", text: "criticizing the tariff on grain exports", in: "noted" }] })],
    same,
  );
  assert.is(points.length, 2);
});

Merge("mergePoints :: the same point restated in two sentences of one article is one", () => {
  const body = "Ode demanded an end to the blockade of the strait. Later she again demanded an end to the strait blockade.";
  const points = mergePoints(
    [digested("a", body, { points: [{ kind: "demand", actor: "Ode", text: "an end to the blockade of the strait", in: "Ode demanded" }, { kind: "demand", actor: "Ode", text: "an end to the strait blockade", in: "Later" }] })],
    same,
  );
  assert.is(points.length, 1);
  assert.is(points[0]!.sources.length, 2);
});

Merge("mergePoints :: demands first, then by support, then first appearance", () => {
  const points = mergePoints(
    [
      digested("a", "x.", { source: "A", points: [{ kind: "position", actor: "Ode", text: "talks are useful" }, { kind: "demand", actor: "Ode", text: "close the consulate" }, { kind: "offer", actor: "Ode", text: "escort the grain convoy" }] }),
      digested("b", "y.", { source: "B", points: [{ kind: "offer", actor: "Ode", text: "escort the grain convoy" }] }),
    ],
    same,
  );
  assert.equal(points.map((p) => p.kind), ["demand", "offer", "position"]);
});

Merge("mergePoints :: a merged point whose outlets quote the actor differently is flagged", () => {
  const p = (body: string) => ({ kind: "position" as const, actor: "Ode", text: "a strike leads nowhere", in: body.slice(0, 8) });
  const wire = '"A strike leads to nowhere," Ode said.';
  const ledger = '"A strike is a road to nowhere," Ode said.';
  const points = mergePoints([digested("a", wire, { source: "Wire", points: [p(wire)] }), digested("b", ledger, { source: "Ledger", points: [p(ledger)] })], same);
  assert.is(points.length, 1);
  assert.ok(points[0]!.quotesDiffer);
});

Merge("mergePoints :: actor names go through the canonical map", () => {
  const canonical = (n: string) => (n === "Anna Ode" ? "Ana Ode" : n);
  const p = (actor: string) => ({ kind: "demand" as const, actor, text: "end the blockade" });
  const points = mergePoints([digested("a", "x.", { points: [p("Ana Ode")] }), digested("b", "y.", { points: [p("Anna Ode")] })], canonical);
  assert.is(points.length, 1);
  assert.is(points[0]!.actor, "Ana Ode");
});
Merge.run();

const Clear = suite("clearestText");
for (const [name, texts, want] of [
  ["shortest that keeps the shared words", ["lift the naval blockade of the strait at once", "lift the naval blockade", "the blockade"], "lift the naval blockade"],
  ["one text", ["end the strike"], "end the strike"],
] as const)
  Clear(`clearestText :: ${name}`, () => assert.is(clearestText([...texts]), want));
Clear.run();

const Quotes = suite("quotesDiffer");
for (const [name, sources, want] of [
  ["same words", [["A", '"A strike leads to nowhere," he said.'], ["B", 'He said: "A strike leads to nowhere."']], false],
  ["different words", [["A", '"A strike leads to nowhere," he said.'], ["B", '"A strike is a road to nowhere," he said.']], true],
  ["only one side quotes", [["A", '"A strike leads to nowhere," he said.'], ["B", "He rejected a strike."]], false],
  ["one outlet's two versions", [["A", '"A strike leads to nowhere," he said.'], ["A", '"A strike is a road to nowhere," he said.']], false],
] as const)
  Quotes(`quotesDiffer :: ${name}`, () => assert.is(quotesDiffer(sources.map(([outlet, sentence]) => ({ outlet, sentence }))), want));
Quotes.run();
