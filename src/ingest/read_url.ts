// A URL given where a file is expected (`daybrief summarize https://…`): fetched
// once with the configured timeouts, retries and size cap, then read as a page
// or a feed, whichever it turns out to be.
import type { FetchConfig } from "../config.ts";
import { buildArticle } from "./build.ts";
import { HostLimiter } from "./fetch/host_limit.ts";
import { getText, isHtmlResponse } from "./fetch/http.ts";
import type { IngestOptions } from "./options.ts";
import { draftsOf, type ReadResult } from "./read.ts";

export const isUrl = (path: string) => /^https?:\/\//i.test(path);

export async function readUrl(url: string, opts: IngestOptions, fetch: FetchConfig): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({ articles: [], errors: [{ file: url, message }] });
  let res;
  try {
    res = await getText(url, { ...fetch, maxBytes: Math.min(fetch.maxBytes, opts.maxBytes), backoffMs: 500, limiter: new HostLimiter(fetch.perHost) });
  } catch (e) {
    return fail((e as Error).message);
  }
  if (res.status === 304) return fail("the server answered 304 Not Modified to a plain request");
  if (res.text.trim() === "") return fail("empty response");
  const kind = isHtmlResponse(res.contentType, res.text) ? "html" : "feed";
  const { drafts, errors } = draftsOf(kind, res.text, res.url);
  const result: ReadResult = { articles: [], errors: errors.map((message) => ({ file: url, message })) };
  for (const draft of drafts) {
    if (kind === "html" && draft.paragraphs.length === 0) result.errors.push({ file: url, message: "no article text found in the page" });
    else result.articles.push(buildArticle(draft, url, opts, null));
  }
  return result;
}
