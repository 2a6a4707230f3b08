// Orders of a day: stories by how widely they were carried, then by how
// prominent their actors are that day; points within a story demands first,
// then by support (the caller keeps first appearance as the last key).
import type { PointKind } from "../summarize/types.ts";
import type { Story } from "./types.ts";

export const kindOrder = (k: PointKind) => (k === "demand" ? 0 : 1);

/** How many of the day's stories and points involve each actor. */
export function actorProminence(stories: Story[]): Map<string, number> {
  const score = new Map<string, number>();
  for (const s of stories) {
    for (const a of s.actors) score.set(a.name, (score.get(a.name) ?? 0) + 1);
    for (const p of s.points) score.set(p.actor, (score.get(p.actor) ?? 0) + 1);
  }
  return score;
}

/** A story's prominence: that of its most prominent actor. */
export function storyProminence(story: Story, actors: ReadonlyMap<string, number>): number {
  return Math.max(0, ...story.actors.map((a) => actors.get(a.name) ?? 0));
}

/**
 * Stories best first. `novelty` (share of a story's points not seen before)
 * comes from the briefing; without history every story counts as new.
 */
export function rankStories(stories: Story[], novelty: (s: Story) => number = () => 1): Story[] {
  const actors = actorProminence(stories);
  const key = new Map(stories.map((s, i) => [s, { outlets: s.outlets.length, prominence: storyProminence(s, actors), novelty: novelty(s), i }]));
  return stories.slice().sort((a, b) => {
    const x = key.get(a)!, y = key.get(b)!;
    return y.outlets - x.outlets || y.prominence - x.prominence || y.novelty - x.novelty || b.articles.length - a.articles.length || x.i - y.i;
  });
}
