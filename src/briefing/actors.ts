// The day's actors: every actor any article named (aliases merged across
// articles), each with their points across the day's stories, demands first.
// Slugs are stable per name; two names that fold to one slug get a hash suffix.
import { createHash } from "node:crypto";
import type { Actor } from "../summarize/types.ts";
import type { BriefingActor, BriefingStory } from "./types.ts";
import { slugify } from "./slug.ts";
import { cmp } from "./order.ts";

function uniqueSlugs(names: string[]): Map<string, string> {
  const bySlug = new Map<string, string[]>();
  for (const n of names) bySlug.set(slugify(n), [...(bySlug.get(slugify(n)) ?? []), n]);
  const out = new Map<string, string>();
  for (const [slug, owners] of bySlug)
    for (const n of owners) out.set(n, owners.length > 1 ? `${slug}-${createHash("sha256").update(n).digest("hex").slice(0, 6)}` : slug);
  return out;
}

/** `stories` in rank order; `actors` from the day-wide merge. */
export function dayActors(actors: Actor[], stories: BriefingStory[]): BriefingActor[] {
  const slugs = uniqueSlugs(actors.map((a) => a.name));
  return actors
    .map((a) => {
      const points = stories.flatMap((s, rank) =>
        s.points
          .map((p, i) => ({ p, rank, i }))
          .filter(({ p }) => p.actor === a.name)
          .map(({ p, rank, i }) => ({ rank, i, support: p.support, point: { story: s.id, kind: p.kind, target: p.target, text: p.text, novelty: p.novelty, sources: p.sources } })),
      );
      points.sort((x, y) => Number(x.point.kind !== "demand") - Number(y.point.kind !== "demand") || y.support - x.support || x.rank - y.rank || x.i - y.i);
      return { name: a.name, slug: slugs.get(a.name)!, kind: a.kind, aliases: [...a.aliases].sort(cmp), points: points.map((x) => x.point) };
    })
    .sort((a, b) => b.points.length - a.points.length || cmp(a.name, b.name));
}
