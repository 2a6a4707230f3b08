// Turn the store's days into briefings. A day is digested again only when its
// articles changed (or when asked), so a published briefing stays as it was.
import { relative } from "node:path";
import type { DaybriefConfig } from "../config.ts";
import { listStoreDays, readStoreDay } from "../ingest/index.ts";
import { createSummarizer, type Summarizer } from "../summarize/index.ts";
import { groupStories } from "../cluster/index.ts";
import { assembleBriefing, inputHash } from "../briefing/index.ts";
import { readBriefings, writeBriefing } from "../briefing/store.ts";
import type { Briefing } from "../briefing/types.ts";
import { ingestOptions, summarizerOptions } from "./options.ts";

export interface DayOutcome {
  date: string;
  status: "written" | "unchanged" | "empty";
  stories: number;
  rejected: { file: string; message: string }[];
}

export interface DigestRequest {
  /** Days to digest; all days of the store when omitted. */
  dates?: string[];
  /** Digest even when the day's articles are unchanged. */
  force?: boolean;
}

/** Paths in a briefing are relative to the store, so a briefing reads the same on every machine. */
const storePath = (cfg: DaybriefConfig, file: string) => relative(cfg.store, file).split("\\").join("/");

async function digestDay(cfg: DaybriefConfig, date: string, summarizer: Summarizer, history: Briefing[], force: boolean): Promise<{ outcome: DayOutcome; briefing: Briefing | null }> {
  const { articles, errors } = await readStoreDay(cfg.store, date, ingestOptions(cfg));
  const rejected = errors.map((e) => ({ file: storePath(cfg, e.file), message: e.message }));
  if (articles.length === 0) return { outcome: { date, status: "empty", stories: 0, rejected }, briefing: null };
  const day = articles.map((a) => ({ article: { ...a, file: storePath(cfg, a.file) }, summary: summarizer.summarize(a) }));
  const existing = history.find((b) => b.date === date);
  if (!force && existing && existing.inputHash === inputHash(day)) return { outcome: { date, status: "unchanged", stories: existing.stories.length, rejected }, briefing: existing };
  const briefing = assembleBriefing({ date, day, stories: groupStories(day), history: history.filter((b) => b.date < date), rejected });
  const written = writeBriefing(cfg.briefings, briefing);
  return { outcome: { date, status: written ? "written" : "unchanged", stories: briefing.stories.length, rejected }, briefing };
}

export async function digest(cfg: DaybriefConfig, request: DigestRequest = {}): Promise<DayOutcome[]> {
  const days = listStoreDays(cfg.store);
  const dates = request.dates ?? days;
  let history = readBriefings(cfg.briefings);
  const summarizer = createSummarizer(summarizerOptions(cfg));
  const outcomes: DayOutcome[] = [];
  // Oldest first, so each day is compared with the briefings before it as just written.
  for (const date of [...dates].sort()) {
    if (!days.includes(date)) {
      outcomes.push({ date, status: "empty", stories: 0, rejected: [] });
      continue;
    }
    const { outcome, briefing } = await digestDay(cfg, date, summarizer, history, request.force ?? false);
    if (briefing) history = [...history.filter((b) => b.date !== date), briefing].sort((a, b) => a.date.localeCompare(b.date));
    outcomes.push(outcome);
  }
  return outcomes;
}
