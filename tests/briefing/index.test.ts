import { suite } from "uvu";
import * as assert from "uvu/assert";
import { assembleBriefing, inputHash } from "../../src/briefing/index.ts";
import { groupStories } from "../../src/cluster/index.ts";
import type { Briefing, BriefingPoint } from "../../src/briefing/types.ts";
import { validateBriefing } from "../../src/briefing/validate.ts";
import { DAY1_DATE, DAY2_DATE, day1, day2 } from "./fixtures/days.ts";

const brief = (date: string, day: ReturnType<typeof day1>, history: Briefing[] = [], rejected: { file: string; message: string }[] = []) =>
  assembleBriefing({ date, day, stories: groupStories(day), history, rejected });

const first = brief(DAY1_DATE, day1());
const second = brief(DAY2_DATE, day2(), [first]);
const points = (b: Briefing) => b.stories.flatMap((s) => s.points);
const find = (b: Briefing, text: RegExp): BriefingPoint => {
  const p = points(b).find((x) => text.test(x.text));
  if (!p) throw new Error(`no point matching ${text}`);
  return p;
};

const Assemble = suite("assembleBriefing");

Assemble("assembleBriefing :: first day: every point new, nothing quiet, no previous", () => {
  assert.ok(points(first).every((p) => p.novelty === "new" && p.firstSeen === null && p.previous === null));
  assert.equal(first.quiet, []);
  assert.is(first.previous, null);
});

for (const [name, text, novelty, firstSeen, shift] of [
  ["the same demand again", /naval blockade/, "repeated", DAY1_DATE, null],
  ["an offer that became a demand", /pipeline/, "changed", DAY1_DATE, "harder"],
  ["a point never heard before", /power cuts/, "new", null, null],
] as const)
  Assemble(`assembleBriefing :: second day: ${name} is ${novelty}`, () => {
    const p = find(second, text);
    assert.is(p.novelty, novelty);
    assert.is(p.firstSeen, firstSeen);
    assert.is(p.previous?.shift ?? null, shift);
    if (shift) assert.equal(p.previous, { text: "talks on transit fees for the Belt pipeline", kind: "offer", date: DAY1_DATE, shift });
  });

Assemble("assembleBriefing :: the repeated demand, carried by two outlets, is one point", () => {
  const p = find(second, /naval blockade/);
  assert.is(p.support, 2);
  assert.equal(p.sources.map((s) => s.outlet).sort(), ["Daily Ledger", "Northern Wire"]);
});

Assemble("assembleBriefing :: a demand not heard again is quiet", () => {
  assert.equal(second.quiet, [{ actor: "Tomas Brandt", text: "a 9 percent pay rise for dockworkers", target: null, lastSeen: DAY1_DATE }]);
  assert.is(second.previous, DAY1_DATE);
});

Assemble("assembleBriefing :: demands older than a week are not quiet", () => {
  const later = brief("2024-03-20", day2(), [first]);
  assert.equal(later.quiet, []);
});

Assemble("assembleBriefing :: history of the same day or later is ignored", () => {
  const again = brief(DAY1_DATE, day1(), [first]);
  assert.equal(JSON.stringify(again), JSON.stringify(first));
});

Assemble("assembleBriefing :: actors of the day with their points, demands first", () => {
  const marsh = second.actors.find((a) => a.name === "Elena Marsh")!;
  assert.is(marsh.slug, "elena-marsh");
  assert.equal(marsh.points.map((p) => p.kind), ["demand", "demand"]);
  assert.ok(second.actors.some((a) => a.name === "Ostland" && a.points.length === 0), "an actor without points is still listed");
  assert.equal(marsh.aliases, ["Elena Marsh", "Marsh"]);
});

Assemble("assembleBriefing :: articles in input order, rejected inputs sorted", () => {
  const b = brief(DAY2_DATE, day2(), [first], [{ file: "z.html", message: "empty" }, { file: "a.txt", message: "too big" }]);
  assert.equal(b.articles.map((a) => a.id), day2().map((d) => d.article.id));
  assert.equal(b.rejected.map((r) => r.file), ["a.txt", "z.html"]);
  assert.is(b.inputHash, inputHash(day2()));
});

Assemble("assembleBriefing :: same input, byte-identical JSON, valid shape", () => {
  const again = brief(DAY2_DATE, day2(), [brief(DAY1_DATE, day1())]);
  assert.is(JSON.stringify(again), JSON.stringify(second));
  validateBriefing(JSON.parse(JSON.stringify(second)));
});
Assemble.run();
