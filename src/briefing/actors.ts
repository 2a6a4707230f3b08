// The day's actors: every actor any article named (aliases merged across
// articles), each with their points across the day's stories, demands first.
// Slugs are stable per name and unique in the day.
import { createHash } from "node:crypto";
import type { Actor } from "../summarize/types.ts";
import type { BriefingActor, BriefingStory } from "./types.ts";
import { slugify } from "./slug.ts";
import { cmp } from "./order.ts";

const shortHash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 6);

/**
 * One slug per actor, in the actors' order. Names that fold to one slug get a hash suffix of the
 * name; when two actors share the very name (a person and a country of one word), of kind and name.
 */
function uniqueSlugs(actors: Actor[]): string[] {
  const slugs = actors.map((a) => slugify(a.name));
  const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());
  const perSlug = count(slugs);
  const perName = count(actors.map((a) => a.name));
  return actors.map((a, i) => {
    const slug = slugs[i]!;
    if (perSlug.get(slug) === 1) return slug;
    return `${slug}-${shortHash(perName.get(a.name)! > 1 ? `${a.kind}|${a.name}` : a.name)}`;
  });
}

type ActorPoint = BriefingActor["points"][number];

/** `stories` in rank order; `actors` from the day-wide merge. */
export function dayActors(actors: Actor[], stories: BriefingStory[]): BriefingActor[] {
  const slugs = uniqueSlugs(actors);
  // Every point once, filed under its actor, with the keys it is ordered by.
  const byActor = new Map<string, { rank: number; i: number; support: number; point: ActorPoint }[]>();
  stories.forEach((s, rank) =>
    s.points.forEach((p, i) => {
      const list = byActor.get(p.actor) ?? [];
      list.push({ rank, i, support: p.support, point: { story: s.id, kind: p.kind, target: p.target, text: p.text, novelty: p.novelty, sources: p.sources } });
      byActor.set(p.actor, list);
    }),
  );
  return actors
    .map((a, k) => {
      const points = [...(byActor.get(a.name) ?? [])].sort(
        (x, y) => Number(x.point.kind !== "demand") - Number(y.point.kind !== "demand") || y.support - x.support || x.rank - y.rank || x.i - y.i,
      );
      return { name: a.name, slug: slugs[k]!, kind: a.kind, aliases: [...a.aliases].sort(cmp), points: points.map((x) => x.point) };
    })
    .sort((a, b) => b.points.length - a.points.length || cmp(a.name, b.name));
}
