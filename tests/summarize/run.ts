// Small helpers for summarizer tests: an article from text, one shared summarizer.
import type { Article } from "../../src/ingest/article.ts";
import { createSummarizer, type Summarizer } from "../../src/summarize/index.ts";
import type { KeyPoint, Summary } from "../../src/summarize/types.ts";

let shared: Summarizer | null = null;
export const summarizer = (): Summarizer => (shared ??= createSummarizer());

export function article(body: string, title: string | null = null, id = "test"): Article {
  return { id, file: `${id}.txt`, date: null, title, source: null, url: null, published: null, author: null, body, meta: {} };
}

export function summarize(body: string, title: string | null = null): Summary {
  return summarizer().summarize(article(body, title));
}

/** "kind actor -> target: text" per point, for readable assertions. */
export function describe(p: KeyPoint): string {
  return `${p.kind} ${p.actor}${p.target ? ` -> ${p.target}` : ""}: ${p.text}`;
}
