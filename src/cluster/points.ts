// A story's key points merged across its articles: the same actor making the
// same point (same kind, and the point's words or its sentence alike) in
// several articles becomes one StoryPoint listing every source. Support counts
// distinct outlets by the name story outlets are counted by (outlet.ts).
//   A: Ode demands "an end to the blockade"  B: Ode demands "the blockade must end" -> one point, support 2
//   A: Ode demands "an end to the blockade"  B: Ode offers "escorts for convoys"      -> two points
//   two points of one actor and kind drawn from one sentence                         -> two points, unless their words agree
import type { Digested, KeyPoint, PointSource, StoryPoint } from "./types.ts";
import { contentWords, jaccard } from "./tokens.ts";
import { quoteOverlap, quoteShingles, quotedSpans } from "./quotes.ts";
import { kindOrder } from "./rank.ts";
import { outletOf } from "./outlet.ts";

/** Word overlap at which two phrasings of one actor's point are the same point. */
export const SAME_TEXT = 0.35;
export const SAME_SENTENCE = 0.45;

interface Draft {
  point: KeyPoint;
  actor: string;
  order: number;
  /** The source as the article names it, shown with the point. */
  outlet: string | null;
  /** The outlet as counted for support. */
  outletKey: string;
  textWords: Set<string>;
  sentenceWords: Set<string>;
}

export function samePoint(a: Draft, b: Draft): boolean {
  if (a.actor !== b.actor || a.point.kind !== b.point.kind) return false;
  if (a.point.target && b.point.target && a.point.target !== b.point.target) return false;
  const sameText = jaccard(a.textWords, b.textWords) >= SAME_TEXT;
  // Two points the summarizer drew from one sentence are two points unless their words agree.
  if (a.point.article === b.point.article && a.point.start === b.point.start) return sameText;
  return sameText || jaccard(a.sentenceWords, b.sentenceWords) >= SAME_SENTENCE;
}

/** The phrasing that keeps the words most sources share, shortest first. */
export function clearestText(texts: string[]): string {
  const words = texts.map(contentWords);
  const count = new Map<string, number>();
  for (const ws of words) for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
  const core = [...count].filter(([, n]) => n * 2 > texts.length).map(([w]) => w);
  const covered = (i: number) => core.filter((w) => words[i]!.has(w)).length;
  const best = texts.map((_, i) => i).sort((a, b) => covered(b) - covered(a) || texts[a]!.length - texts[b]!.length || a - b)[0]!;
  return texts[best]!;
}

/** True when two outlets quote the actor in words that do not match; one outlet's two versions do not count. */
export function quotesDiffer(sources: { outlet: string; sentence: string }[]): boolean {
  const quoting = sources.map((s) => ({ outlet: s.outlet, quotes: quoteShingles(quotedSpans(s.sentence)) })).filter((q) => q.quotes.size);
  for (let i = 0; i < quoting.length; i++)
    for (let j = i + 1; j < quoting.length; j++)
      if (quoting[i]!.outlet !== quoting[j]!.outlet && quoteOverlap(quoting[i]!.quotes, quoting[j]!.quotes) < 1) return true;
  return false;
}

/** Points of a story's members (lead first), merged, in story order. */
export function mergePoints(members: Digested[], canonical: (name: string) => string): StoryPoint[] {
  const drafts: Draft[] = members.flatMap((d, m) =>
    d.summary.points.map((point, k) => ({
      point,
      actor: canonical(point.actor),
      order: m * 1e6 + k,
      outlet: d.article.source,
      outletKey: outletOf(d),
      textWords: contentWords(point.text),
      sentenceWords: contentWords(point.sentence),
    })),
  );
  const merged: Draft[][] = [];
  // Only points of one actor and kind can merge: each is compared within its own bucket, not with all.
  const buckets = new Map<string, Draft[][]>();
  for (const d of drafts) {
    const key = `${d.point.kind}|${d.actor}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    const home = bucket.find((group) => group.some((g) => samePoint(g, d)));
    if (home) home.push(d);
    else {
      const group = [d];
      bucket.push(group);
      merged.push(group);
    }
  }
  const points = merged.map((group) => {
    const first = group[0]!.point;
    const sources: PointSource[] = group.map((g) => ({
      article: g.point.article,
      outlet: g.outlet,
      sentence: g.point.sentence,
      start: g.point.start,
      end: g.point.end,
      rule: g.point.rule,
    }));
    const target = group.map((g) => g.point.target).find((t) => t) ?? null;
    return {
      order: group[0]!.order,
      point: {
        kind: first.kind,
        actor: group[0]!.actor,
        target: target && canonical(target),
        text: clearestText(group.map((g) => g.point.text)),
        sources,
        support: new Set(group.map((g) => g.outletKey)).size,
        quotesDiffer: quotesDiffer(group.map((g) => ({ outlet: g.outletKey, sentence: g.point.sentence }))),
      } satisfies StoryPoint,
    };
  });
  points.sort((a, b) => kindOrder(a.point.kind) - kindOrder(b.point.kind) || b.point.support - a.point.support || a.order - b.order);
  return points.map((p) => p.point);
}
