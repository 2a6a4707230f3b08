// `daybrief summarize`: articles given by path, read, summarized and grouped
// without touching the store, the briefings or the site.
import type { DaybriefConfig } from "../config.ts";
import { readFiles } from "../ingest/index.ts";
import type { Article, IngestError } from "../ingest/article.ts";
import { createSummarizer, type Summarizer } from "../summarize/index.ts";
import { groupStories } from "../cluster/index.ts";
import type { Digested, Story } from "../cluster/types.ts";
import { ingestOptions, summarizerOptions } from "./options.ts";
import { summarizeEach } from "./summarize_each.ts";

export interface SummarizedFiles {
  digested: Digested[];
  stories: Story[];
  rejected: IngestError[];
  summarizer: Summarizer;
}

/**
 * Name each article by its file, so stories can list files. The same file
 * given twice gets two ids; a feed file's items are FILE#1, FILE#2, ...
 */
export function labelArticles(articles: Article[]): Article[] {
  const perFile = new Map<string, number>();
  for (const a of articles) perFile.set(a.file, (perFile.get(a.file) ?? 0) + 1);
  const seenFile = new Map<string, number>();
  const seenId = new Map<string, number>();
  return articles.map((a) => {
    const n = (seenFile.get(a.file) ?? 0) + 1;
    seenFile.set(a.file, n);
    const copies = (seenId.get(a.id) ?? 0) + 1;
    seenId.set(a.id, copies);
    return { ...a, id: copies > 1 ? `${a.id}-${copies}` : a.id, file: perFile.get(a.file)! > 1 ? `${a.file}#${n}` : a.file };
  });
}

export async function summarizeFiles(cfg: DaybriefConfig, files: string[]): Promise<SummarizedFiles> {
  const { articles, errors } = await readFiles(files, ingestOptions(cfg));
  const summarizer = createSummarizer(summarizerOptions(cfg));
  const { digested, failed } = summarizeEach(summarizer, labelArticles(articles));
  return { digested, stories: groupStories(digested), rejected: [...errors, ...failed], summarizer };
}

/** The `summarize --json` document of ../shared/CONTRACT.md. */
export function summaryDocument({ digested, stories }: SummarizedFiles) {
  const fileOf = new Map(digested.map((d) => [d.article.id, d.article.file]));
  return {
    articles: digested.map(({ article, summary }) => ({
      file: article.file,
      id: article.id,
      title: article.title,
      source: article.source,
      date: article.date,
      actors: summary.actors,
      points: summary.points.map(({ kind, actor, target, text, sentence, rule, start, end }) => ({ kind, actor, target, text, sentence, rule, start, end })),
      unplaced: summary.unplaced,
    })),
    stories: stories.map((s) => ({ title: s.title, articles: s.articles.map((id) => fileOf.get(id) ?? id) })),
  };
}
