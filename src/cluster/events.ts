// A day's articles to groups that report one event: key-term MinHash for
// candidates, TF-IDF cosine with quote and actor evidence to verify, group-
// average union-find to join. Deterministic: fixed hash seeds, sorted loops.
import type { Digested } from "./types.ts";
import { contentTerms } from "./tokens.ts";
import { quoteShingles, quotedSpans } from "./quotes.ts";
import { buildVectors, dot, addInto, dotVectorMap, type DayVectors } from "./vectors.ts";
import { candidatePairs, keyTerms, minhash } from "./minhash.ts";
import { background, pairScore, pairThreshold, type ArticleEvidence } from "./evidence.ts";
import { groupArticles, type ScoredPair } from "./group.ts";

export interface DayEvents {
  day: DayVectors;
  /** Groups of indices into the day, each sorted, in order of first member. */
  groups: number[][];
  /** Every verified pair, accepted or not: for measuring and explaining. */
  pairs: ScoredPair[];
}

function textOf(d: Digested): string {
  return d.article.title ? `${d.article.title}.\n\n${d.article.body}` : d.article.body;
}

function evidenceOf(d: Digested): ArticleEvidence {
  return {
    quotes: quoteShingles(quotedSpans(d.article.body)),
    actorKinds: new Set(d.summary.points.map((p) => `${p.actor}|${p.kind}`)),
  };
}

export function findEvents(articles: Digested[]): DayEvents {
  const day = buildVectors(articles.map((d) => contentTerms(textOf(d))));
  const n = articles.length;
  const signatures = articles.map((_, i) => {
    const keys = keyTerms(day, i);
    return keys.length ? minhash(keys) : null;
  });
  const candidates = candidatePairs(signatures);
  const evidence = articles.map(evidenceOf);
  // Each article's summed cosine to the whole day, from one sum of all vectors.
  const all = new Map<number, number>();
  for (const v of day.vectors) addInto(all, v);
  const total = day.vectors.map((v) => dotVectorMap(v, all) - dot(v, v));
  const pairs = candidates.map(([i, j]): ScoredPair => {
    const cosine = dot(day.vectors[i]!, day.vectors[j]!);
    const threshold = pairThreshold(background(total[i]!, cosine, n), background(total[j]!, cosine, n));
    return { i, j, score: pairScore(cosine, evidence[i]!, evidence[j]!), threshold };
  });
  return { day, groups: groupArticles(day.vectors, pairs), pairs };
}
