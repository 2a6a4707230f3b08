import { suite } from "uvu";
import * as assert from "uvu/assert";
import { markPoint } from "../../src/briefing/novelty.ts";
import { historyOf } from "../../src/briefing/history.ts";
import { briefing, point } from "./fixtures/briefing.ts";
import type { StoryPoint } from "../../src/cluster/types.ts";
import type { PointKind } from "../../src/summarize/types.ts";

const Mark = suite("markPoint");
const today = (kind: PointKind, text: string): StoryPoint => ({ kind, actor: "Ana Ode", target: null, text, sources: [], support: 1, quotesDiffer: false });

Mark("markPoint :: the latest earlier point decides: offer, then demand, then demand again is repeated", () => {
  const h = historyOf([briefing("2024-03-01", [point("Ana Ode", "offer", "talks on transit fees")]), briefing("2024-03-02", [point("Ana Ode", "demand", "talks on transit fees now")])], "2024-03-03");
  const p = markPoint(today("demand", "talks on transit fees now"), "ana ode", h);
  assert.is(p.novelty, "repeated");
  assert.is(p.firstSeen, "2024-03-01", "first seen when the subject first came up");
});

Mark("markPoint :: a demand that became an offer is softer", () => {
  const h = historyOf([briefing("2024-03-01", [point("Ana Ode", "demand", "close the consulate in Tarnow")])], "2024-03-02");
  const p = markPoint(today("offer", "keep the consulate in Tarnow open under conditions"), "ana ode", h);
  assert.is(p.novelty, "changed");
  assert.equal(p.previous, { text: "close the consulate in Tarnow", kind: "demand", date: "2024-03-01", shift: "softer" });
});

const WITHIN_KIND: [string, string, string, "harder" | "softer" | null][] = [
  ["firmer words: harder", "a ceasefire in the north, possibly phased", "a full ceasefire in the north immediately", "harder"],
  ["hedged words: softer", "an immediate and complete ceasefire in the north", "a ceasefire in the north that could be phased", "softer"],
  ["the same firmness: repeated", "a ceasefire in the north", "a ceasefire across the north", null],
];
for (const [name, before, after, shift] of WITHIN_KIND)
  Mark(`markPoint :: a demand of the same kind, ${name}`, () => {
    const h = historyOf([briefing("2024-03-01", [point("Ana Ode", "demand", before)])], "2024-03-02");
    const p = markPoint(today("demand", after), "ana ode", h);
    assert.is(p.novelty, shift ? "changed" : "repeated");
    assert.is(p.previous?.shift ?? null, shift);
  });

Mark("markPoint :: another actor's point or another subject is new", () => {
  const h = historyOf([briefing("2024-03-01", [point("Per Lind", "demand", "close the consulate in Tarnow"), point("Ana Ode", "demand", "a 9 percent pay rise")])], "2024-03-02");
  assert.is(markPoint(today("demand", "close the consulate in Tarnow"), "ana ode", h).novelty, "new");
});

Mark("markPoint :: a repeated point keeps the first date of its chain", () => {
  const h = historyOf([briefing("2024-03-02", [point("Ana Ode", "demand", "end the blockade", { novelty: "repeated", firstSeen: "2024-02-27" })])], "2024-03-03");
  assert.is(markPoint(today("demand", "end the blockade"), "ana ode", h).firstSeen, "2024-02-27");
});
Mark.run();
