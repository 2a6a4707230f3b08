// Each article summarized on its own account: a fault the rules meet in one article is
// reported against its file, and the rest of the day is still summarized.
import type { Article, IngestError } from "../ingest/article.ts";
import type { Summarizer } from "../summarize/index.ts";
import type { Digested } from "../cluster/types.ts";

export function summarizeEach(summarizer: Summarizer, articles: Article[]): { digested: Digested[]; failed: IngestError[] } {
  const digested: Digested[] = [];
  const failed: IngestError[] = [];
  const summaries = summarizer.summarizeMany(articles);
  articles.forEach((article, k) => {
    const summary = summaries[k]!;
    if (!(summary instanceof Error)) digested.push({ article, summary });
    else {
      if (process.env.DAYBRIEF_DEBUG) console.error(summary);
      failed.push({ file: article.file, message: `could not be summarized: ${summary.message}` });
    }
  });
  return { digested, failed };
}
