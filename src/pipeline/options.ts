// Stage options derived from the one configuration.
import type { DaybriefConfig } from "../config.ts";
import type { IngestOptions } from "../ingest/index.ts";
import type { SummarizerOptions } from "../summarize/index.ts";

export const ingestOptions = (cfg: DaybriefConfig): IngestOptions => ({ timeZone: cfg.site.timeZone, maxBytes: cfg.maxArticleBytes, fetch: cfg.fetch });

export const summarizerOptions = (cfg: DaybriefConfig): SummarizerOptions => ({ dictionaries: cfg.dictionaries, disabledRules: cfg.disabledRules });
