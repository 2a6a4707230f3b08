// What the cluster stage produces: a day's articles grouped by the event they report.
import type { Article } from "../ingest/article.ts";
import type { Actor, KeyPoint, PointKind, Summary } from "../summarize/types.ts";

/** An article together with what the summarizer found in it: the cluster stage's input. */
export interface Digested {
  article: Article;
  summary: Summary;
}

/** Where a merged point was said: one entry per article that carries it. */
export interface PointSource {
  article: string;
  outlet: string | null;
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

/** One actor making one demand or position in a story, however many outlets carry it. */
export interface StoryPoint {
  kind: PointKind;
  actor: string;
  target: string | null;
  /** The clearest phrasing among the sources. */
  text: string;
  sources: PointSource[];
  /** Distinct outlets carrying the point. */
  support: number;
  /** True when outlets quote the actor in words that differ. */
  quotesDiffer: boolean;
}

export interface Story {
  /** Stable id derived from the member articles. */
  id: string;
  title: string;
  /** One to three sentences taken from the articles, lead first. */
  summary: string[];
  /** Article ids, lead article first. */
  articles: string[];
  /** Distinct outlets carrying the story. */
  outlets: string[];
  actors: Actor[];
  points: StoryPoint[];
}

export type { Article, Actor, KeyPoint, Summary };
