import { suite } from "uvu";
import * as assert from "uvu/assert";
import { actorProminence, rankStories } from "../../src/cluster/rank.ts";
import type { Story, StoryPoint } from "../../src/cluster/types.ts";

const point = (actor: string): StoryPoint => ({ kind: "position", actor, target: null, text: "x", sources: [], support: 1, quotesDiffer: false });
const story = (id: string, outlets: number, actors: string[], points: string[] = []): Story => ({
  id, title: id, summary: [], articles: [id], outlets: Array.from({ length: outlets }, (_, i) => `o${i}`),
  actors: actors.map((name) => ({ name, kind: "person", aliases: [] })), points: points.map(point),
});

const Rank = suite("rankStories");
Rank("rankStories :: by outlets first", () => {
  const ranked = rankStories([story("a", 1, ["X"]), story("b", 3, []), story("c", 2, [])]);
  assert.equal(ranked.map((s) => s.id), ["b", "c", "a"]);
});
Rank("rankStories :: then by the prominence of the actors", () => {
  const ranked = rankStories([story("a", 1, ["Rare"]), story("b", 1, ["Busy"], ["Busy", "Busy"]), story("c", 1, ["Busy"])]);
  assert.equal(ranked.map((s) => s.id), ["b", "c", "a"]);
  assert.is(actorProminence([story("b", 1, ["Busy"], ["Busy"])]).get("Busy"), 2);
});
Rank("rankStories :: then by novelty, then input order", () => {
  const stories = [story("a", 1, []), story("b", 1, []), story("c", 1, [])];
  const ranked = rankStories(stories, (s) => (s.id === "c" ? 1 : 0));
  assert.equal(ranked.map((s) => s.id), ["c", "a", "b"]);
});
Rank.run();
