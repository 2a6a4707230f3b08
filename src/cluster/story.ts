// One group of articles to a Story: the lead (the member most like the rest),
// merged actors and points, the outlets, a title and a summary.
import { createHash } from "node:crypto";
import type { Digested, Story } from "./types.ts";
import { addInto, dotVectorMap, type DayVectors, type SparseVector } from "./vectors.ts";
import { mergeActors } from "./actors.ts";
import { mergePoints } from "./points.ts";
import { sharedWords, storySummary, storyTitle } from "./headline.ts";
import { outletOf } from "./outlet.ts";

/** Stable story id: a hash of the members' article ids, whatever their order. */
export function storyId(articleIds: string[]): string {
  return "s-" + createHash("sha256").update([...articleIds].sort().join("\n")).digest("hex").slice(0, 12);
}

/** Index (within `group`) of the member closest to the group's centroid; ties go to the earlier article. */
export function leadOf(group: number[], vectors: SparseVector[]): number {
  const centroid = new Map<number, number>();
  for (const i of group) addInto(centroid, vectors[i]!);
  let best = 0, bestScore = -Infinity;
  group.forEach((i, k) => {
    const score = dotVectorMap(vectors[i]!, centroid);
    if (score > bestScore + 1e-12) (best = k), (bestScore = score);
  });
  return best;
}

export function buildStory(day: Digested[], group: number[], vectors: DayVectors): Story {
  const lead = leadOf(group, vectors.vectors);
  const order = [group[lead]!, ...group.filter((_, k) => k !== lead)];
  const members = order.map((i) => day[i]!);
  const { actors, canonical } = mergeActors(members.map((d) => d.summary));
  const points = mergePoints(members, canonical);
  const weight = (name: string) => points.filter((p) => p.actor === name || p.target === name).length;
  const ranked = actors.map((a, i) => ({ a, i, w: weight(a.name) })).sort((x, y) => y.w - x.w || x.i - y.i);
  const shared = sharedWords(order.map((i) => Array.from(vectors.vectors[i]!.ids, (id) => vectors.terms[id]!)));
  return {
    id: storyId(members.map((d) => d.article.id)),
    title: storyTitle(members, 0, shared),
    summary: storySummary(members, 0, shared),
    articles: members.map((d) => d.article.id),
    outlets: [...new Set(members.map(outletOf))],
    actors: ranked.map((x) => x.a),
    points,
  };
}
