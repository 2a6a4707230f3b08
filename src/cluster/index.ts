// The cluster stage: a day's digested articles grouped into stories, one per
// event, every article in exactly one story, stories best first.
import type { Digested, Story } from "./types.ts";
import { findEvents } from "./events.ts";
import { buildStory } from "./story.ts";
import { rankStories } from "./rank.ts";

export function groupStories(day: Digested[]): Story[] {
  if (!day.length) return [];
  const { vectors, groups } = findEvents(day);
  return rankStories(groups.map((g) => buildStory(day, g, vectors)));
}

export { rankStories } from "./rank.ts";
export { storyId } from "./story.ts";
export { outletOf } from "./outlet.ts";
