import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupStories } from "../../src/cluster/index.ts";
import type { Digested } from "../../src/cluster/types.ts";
import { DAY, type DayArticle } from "./fixtures/day.ts";
import { HARD_DAY } from "./fixtures/hard_day.ts";
import { actorsOf } from "./fixtures/hard_actors.ts";
import { digested } from "./fixtures/digest.ts";

const day = (articles: DayArticle[], withActors = false): Digested[] =>
  articles.map((a) => digested(a.id, a.body, { title: a.title, source: a.source, actors: withActors ? actorsOf(a) : [] }));

function storyOf(stories: ReturnType<typeof groupStories>): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) m.set(a, s.id);
  return m;
}

const Group = suite("groupStories");

// Same-event pairs (rewrites and independent reports) and different events sharing the minister.
const PAIRS: [string, string, boolean][] = [
  ["grain-wire", "grain-rewrite", true],
  ["grain-wire", "grain-harbor", true],
  ["envoys-wire", "envoys-post", true],
  ["strike-ledger", "strike-post", true],
  ["arbitration-a", "arbitration-b", true],
  ["tariff-a", "tariff-b", true],
  ["grain-wire", "envoys-wire", false],
  ["grain-rewrite", "pipeline", false],
  ["envoys-post", "pipeline", false],
  ["grain-harbor", "strike-ledger", false],
  ["arbitration-a", "spillway", false],
  ["arbitration-b", "tariff-a", false],
  ["spillway", "tariff-b", false],
];

for (const [name, articles, withActors] of [
  ["fixture day without actors", [...DAY, ...HARD_DAY], false],
  ["fixture day with actors", [...DAY, ...HARD_DAY], true],
  ["the hard day alone", HARD_DAY, true],
] as const) {
  const stories = groupStories(day([...articles], withActors));
  const of = storyOf(stories);
  for (const [a, b, same] of PAIRS) {
    if (!of.has(a) || !of.has(b)) continue;
    Group(`groupStories :: ${name}: ${a} ${same ? "with" : "apart from"} ${b}`, () => assert.is(of.get(a) === of.get(b), same));
  }
  Group(`groupStories :: ${name}: every article in exactly one story`, () => {
    const all = stories.flatMap((s) => s.articles);
    assert.equal([...all].sort(), articles.map((a) => a.id).sort());
  });
}

Group("groupStories :: same day in another order, same stories", () => {
  const articles = [...DAY, ...HARD_DAY];
  const a = groupStories(day(articles, true));
  const b = groupStories(day([...articles].reverse(), true));
  const norm = (ss: typeof a) => ss.map((s) => [s.id, [...s.articles].sort()]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  assert.equal(norm(a), norm(b));
  assert.equal(JSON.stringify(groupStories(day(articles, true))), JSON.stringify(a), "byte-identical on a second run");
});

Group("groupStories :: stories carried by more outlets come first", () => {
  const stories = groupStories(day(DAY));
  const outlets = stories.map((s) => s.outlets.length);
  assert.equal(outlets, [...outlets].sort((x, y) => y - x));
  assert.is(stories[0]!.articles.length, 3);
});

Group("groupStories :: empty day, no stories", () => assert.equal(groupStories([]), []));

Group("groupStories :: one article, one story titled by its headline", () => {
  const [s] = groupStories([digested("x", "A lone report about a bridge repair. Works start Monday.", { title: "Bridge repair starts" })]);
  assert.is(s!.title, "Bridge repair starts");
  assert.equal(s!.articles, ["x"]);
});
Group.run();
