import { suite } from "uvu";
import * as assert from "uvu/assert";
import { findEvents } from "../../src/cluster/events.ts";
import { DAY } from "./fixtures/day.ts";
import { HARD_DAY } from "./fixtures/hard_day.ts";
import { actorsOf } from "./fixtures/hard_actors.ts";
import { digested } from "./fixtures/digest.ts";

const articles = [...DAY, ...HARD_DAY];
const events = findEvents(articles.map((a) => digested(a.id, a.body, { title: a.title, source: a.source, actors: actorsOf(a) })));

const Find = suite("findEvents");
Find("findEvents :: groups partition the day", () => {
  const all = events.groups.flat().sort((a, b) => a - b);
  assert.equal(all, articles.map((_, i) => i));
});
Find("findEvents :: verifies far fewer pairs than all pairs, each once, i < j", () => {
  const n = articles.length;
  assert.ok(events.pairs.length < (n * (n - 1)) / 2);
  const keys = events.pairs.map((p) => `${p.i}-${p.j}`);
  assert.is(new Set(keys).size, keys.length);
  assert.ok(events.pairs.every((p) => p.i < p.j));
});
Find("findEvents :: every same-event pair is a candidate and clears its bar; no other pair does", () => {
  const event = (i: number) => articles[i]!.event;
  for (const p of events.pairs) assert.is(p.score >= p.threshold, event(p.i) === event(p.j), `${articles[p.i]!.id} ~ ${articles[p.j]!.id}`);
  const sameEvent = articles.flatMap((a, i) => articles.slice(i + 1).filter((b) => b.event === a.event).map(() => 1)).length;
  assert.is(events.pairs.filter((p) => event(p.i) === event(p.j)).length, sameEvent);
});
Find.run();
