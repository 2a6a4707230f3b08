// Whether two candidate articles report one event. TF-IDF cosine decides;
// shared direct quotes and shared (actor, kind) pairs only support it, since
// the same minister demanding things on two topics shares actors, not events.
// The bar rises on days whose articles all look alike (one topic all day):
// a pair must stand out against how similar each article is to the rest.
//   cosine 0.45, no quotes -> same event on any day
//   cosine 0.25, both articles 0.03 alike to the rest of the day -> same event
//   cosine 0.25, one of them 0.12 alike to the rest of the day -> apart (needs 0.3)
import { jaccard } from "./tokens.ts";
import { quoteOverlap } from "./quotes.ts";

/** Below this cosine two articles are never one event. */
export const MIN_SCORE = 0.2;
/** At or above this, the background no longer matters. */
export const SURE_SCORE = 0.4;
/** How far a pair must stand above its articles' average likeness to the day. */
export const LIFT = 2.5;
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

/**
 * Mean cosine of an article to the day's articles that are not plausibly its
 * event (score under MIN_SCORE): its own event's other reports must not raise
 * its bar, however many they are.
 */
export function background(totalSimilarity: number, plausibleSum: number, plausibleCount: number, dayCount: number): number {
  const rest = dayCount - 1 - plausibleCount;
  return rest > 0 ? Math.max(0, totalSimilarity - plausibleSum) / rest : 0;
}
