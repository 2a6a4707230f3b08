// The briefing stage: a day's stories compared with earlier briefings into the
// document written under briefings/. Same input, byte-identical output: no
// clock, no randomness, every list in a fixed order.
import type { Digested, Story } from "../cluster/types.ts";
import type { Briefing, BriefingArticle, BriefingPoint, BriefingStory } from "./types.ts";
import { mergeActors } from "../cluster/actors.ts";
import { rankStories } from "../cluster/rank.ts";
import { historyOf } from "./history.ts";
import { settleNames } from "./settle_names.ts";
import { markPoint } from "./novelty.ts";
import { quietDemands } from "./quiet.ts";
import { dayActors } from "./actors.ts";
import { inputHash } from "./hash.ts";
import { cmp } from "./order.ts";

export { inputHash } from "./hash.ts";

export interface BriefingInput {
  date: string;
  day: Digested[];
  stories: Story[];
  /** Earlier briefings, oldest first (later or same-day ones are ignored). */
  history: Briefing[];
  rejected: { file: string; message: string }[];
}

function articleOf(d: Digested): BriefingArticle {
  const { id, file, title, source, url, published, author } = d.article;
  return { id, file, title, source, url, published, author };
}

export function assembleBriefing(input: BriefingInput): Briefing {
  const { date, day } = input;
  const merged = mergeActors(day.map((d) => d.summary));
  const { actors, rename } = settleNames(merged.actors, input.history.filter((b) => b.date < date));
  const canonical = (name: string) => rename(merged.canonical(name));
  const aliasesOf = new Map(actors.map((a) => [a.name, a.aliases]));
  const history = historyOf(input.history, date);
  const keyOf = (name: string) => history.resolve([name, ...(aliasesOf.get(name) ?? [])]);

  const marked = new Map<Story, { point: BriefingPoint; actorKey: string }[]>();
  for (const s of input.stories) {
    marked.set(
      s,
      s.points.map((p) => {
        const actor = canonical(p.actor);
        const actorKey = keyOf(actor);
        return { point: markPoint({ ...p, actor, target: p.target && canonical(p.target) }, actorKey, history), actorKey };
      }),
    );
  }
  const novelty = (s: Story) => {
    const ps = marked.get(s)!;
    return ps.length ? ps.filter((x) => x.point.novelty !== "repeated").length / ps.length : 1;
  };
  const stories: BriefingStory[] = rankStories(input.stories, novelty).map((s) => ({
    id: s.id,
    title: s.title,
    summary: s.summary,
    articles: s.articles,
    outlets: s.outlets,
    actors: [...new Set(s.actors.map((a) => canonical(a.name)))],
    points: marked.get(s)!.map((x) => x.point),
  }));
  const earlier = input.history.filter((b) => b.date < date).map((b) => b.date).sort(cmp);
  return {
    version: 1,
    date,
    inputHash: inputHash(day),
    previous: earlier.at(-1) ?? null,
    articles: day.map(articleOf),
    stories,
    actors: dayActors(actors, stories),
    quiet: quietDemands([...marked.values()].flat(), history, date),
    rejected: [...input.rejected].sort((a, b) => cmp(a.file, b.file) || cmp(a.message, b.message)),
  };
}
