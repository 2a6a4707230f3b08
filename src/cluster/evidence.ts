// Whether two candidate articles report one event. TF-IDF cosine decides;
// shared direct quotes and shared (actor, kind) pairs only support it, since
// the same minister demanding things on two topics shares actors, not events.
// The bar rises on days whose articles all look alike (one topic all day):
// a pair must stand out against how similar each article is to the rest.
//   cosine 0.45, no quotes -> same event on any day
//   cosine 0.25 on a day where both articles are 0.03 alike to others -> same event
//   cosine 0.25 on a day where one of them is 0.12 alike to the rest -> apart
import { jaccard } from "./tokens.ts";
import { quoteOverlap } from "./quotes.ts";

/** Below this cosine two articles are never one event. */
export const MIN_SCORE = 0.2;
/** At or above this, the background no longer matters. */
export const SURE_SCORE = 0.4;
/** How far a pair must stand above its articles' average likeness to the day. */
export const LIFT = 3;
export const QUOTE_WEIGHT = 0.2;
export const ACTOR_WEIGHT = 0.05;

export interface ArticleEvidence {
  quotes: ReadonlySet<string>;
  /** "actor|kind" of the article's key points. */
  actorKinds: ReadonlySet<string>;
}

export function pairScore(cosine: number, a: ArticleEvidence, b: ArticleEvidence): number {
  return cosine + QUOTE_WEIGHT * quoteOverlap(a.quotes, b.quotes) + ACTOR_WEIGHT * jaccard(a.actorKinds, b.actorKinds);
}

/** The score a pair needs, given each article's mean cosine to the rest of the day (the pair itself left out). */
export function pairThreshold(backgroundA: number, backgroundB: number): number {
  return Math.min(SURE_SCORE, Math.max(MIN_SCORE, LIFT * Math.max(backgroundA, backgroundB)));
}

/** Mean cosine of article i to the day, leaving out itself and its candidate partner. */
export function background(totalSimilarity: number, pairCosine: number, dayCount: number): number {
  return dayCount > 2 ? Math.max(0, totalSimilarity - pairCosine) / (dayCount - 2) : 0;
}
