// One article's summary at a time: a fault the rules meet in one article is
// reported against its file, and the rest of the day is still summarized.
import type { Article, IngestError } from "../ingest/article.ts";
import type { Summarizer } from "../summarize/index.ts";
import type { Digested } from "../cluster/types.ts";

export function summarizeEach(summarizer: Summarizer, articles: Article[]): { digested: Digested[]; failed: IngestError[] } {
  const digested: Digested[] = [];
  const failed: IngestError[] = [];
  for (const article of articles) {
    try {
      digested.push({ article, summary: summarizer.summarize(article) });
    } catch (e) {
      if (process.env.DAYBRIEF_DEBUG) console.error(e);
      failed.push({ file: article.file, message: `could not be summarized: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { digested, failed };
}
