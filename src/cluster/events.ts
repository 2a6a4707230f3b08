// A day's articles to groups that report one event: key-term MinHash for
// candidates, TF-IDF cosine with quote and actor evidence to verify, group-
// average union-find to join. Deterministic: fixed hash seeds, sorted loops.
import type { Digested } from "./types.ts";
import { contentTerms, contentWords } from "./tokens.ts";
import { quoteShingles, quotedSpans } from "./quotes.ts";
import { buildVectors, dot, addInto, dotVectorMap, type DayVectors } from "./vectors.ts";
import { candidatePairs, keyTerms, minhash } from "./minhash.ts";
import { MIN_SCORE, background, pairScore, pairThreshold, type ArticleEvidence } from "./evidence.ts";
import { groupArticles, type ScoredPair } from "./group.ts";

export interface DayEvents {
  /** The TF-IDF vectors of the day's articles, in input order. */
  vectors: DayVectors;
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
  const actorWords = articles.map((d) => contentWords(d.summary.actors.flatMap((a) => [a.name, ...a.aliases]).join("\n")));
  const day = buildVectors(articles.map((d) => contentTerms(textOf(d))), actorWords);
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
  const scored = candidates.map(([i, j]) => {
    const cosine = dot(day.vectors[i]!, day.vectors[j]!);
    return { i, j, cosine, score: pairScore(cosine, evidence[i]!, evidence[j]!) };
  });
  const plausibleSum = new Float64Array(n), plausibleCount = new Int32Array(n);
  for (const { i, j, cosine, score } of scored) {
    if (score < MIN_SCORE) continue;
    for (const k of [i, j]) plausibleSum[k]! += cosine, plausibleCount[k]!++;
  }
  const bg = total.map((t, k) => background(t, plausibleSum[k]!, plausibleCount[k]!, n));
  const pairs = scored.map(({ i, j, score }): ScoredPair => ({ i, j, score, threshold: pairThreshold(bg[i]!, bg[j]!) }));
  return { vectors: day, groups: groupArticles(day.vectors, pairs), pairs };
}
