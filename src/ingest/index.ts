// Ingestion: article files, feeds and the article store -> Articles.
export type { Article, IngestError } from "./article.ts";
export { defaultIngestOptions, DEFAULT_MAX_BYTES, type IngestOptions } from "./options.ts";
export { readArticleFile, readFiles, listStoreDays, readStoreDay, storeDayFiles, SUPPORTED_EXTENSIONS, type ReadResult } from "./read.ts";
export { fetchFeeds, type FetchOptions, type FetchReport, type FeedReport } from "./fetch/fetch_feeds.ts";
export { importOpml, parseOpml, addFeedsToConfig } from "./opml.ts";
export { DataFileError } from "../knowledge/data_file.ts";
