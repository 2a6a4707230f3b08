// Turn the store's days into briefings. A day is digested again only when its
// articles changed (or when asked), so a published briefing stays as it was.
import { relative } from "node:path";
import type { DaybriefConfig } from "../config.ts";
import { createSummarizer, type Summarizer } from "../summarize/index.ts";
import { groupStories } from "../cluster/index.ts";
import { assembleBriefing, inputHash } from "../briefing/index.ts";
import { readBriefings, writeBriefing } from "../briefing/store.ts";
import type { Briefing } from "../briefing/types.ts";
import { summarizerOptions } from "./options.ts";
import { StoreDays } from "./store_days.ts";
import { summarizeEach } from "./summarize_each.ts";

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

interface DayContext {
  cfg: DaybriefConfig;
  store: StoreDays;
  summarizer: Summarizer;
  history: Briefing[];
  force: boolean;
}

async function digestDay({ cfg, store, summarizer, history, force }: DayContext, date: string): Promise<{ outcome: DayOutcome; briefing: Briefing | null }> {
  const { articles, rejected: errors } = await store.day(date);
  const rejected = errors.map((e) => ({ file: storePath(cfg, e.file), message: e.message }));
  if (articles.length === 0) return { outcome: { date, status: "empty", stories: 0, rejected }, briefing: null };
  const filed = articles.map((a) => ({ ...a, file: storePath(cfg, a.file) }));
  const existing = history.find((b) => b.date === date);
  // Unchanged articles: keep the published briefing without summarizing anything.
  if (!force && existing && existing.inputHash === inputHash(filed)) return { outcome: { date, status: "unchanged", stories: existing.stories.length, rejected }, briefing: existing };
  const { digested: day, failed } = summarizeEach(summarizer, filed);
  rejected.push(...failed);
  const briefing = assembleBriefing({ date, day, stories: groupStories(day), history: history.filter((b) => b.date < date), rejected });
  const written = writeBriefing(cfg.briefings, briefing);
  return { outcome: { date, status: written ? "written" : "unchanged", stories: briefing.stories.length, rejected }, briefing };
}

export async function digest(cfg: DaybriefConfig, request: DigestRequest = {}): Promise<DayOutcome[]> {
  return (await digestWithHistory(cfg, request)).outcomes;
}

/** The outcome of each day, and every briefing as it now stands (read once, then kept up to date): what the site is built from. */
export async function digestWithHistory(cfg: DaybriefConfig, request: DigestRequest = {}): Promise<{ outcomes: DayOutcome[]; briefings: Briefing[] }> {
  const store = new StoreDays(cfg);
  const dates = request.dates ?? (await store.days());
  const context: DayContext = { cfg, store, summarizer: createSummarizer(summarizerOptions(cfg)), history: readBriefings(cfg.briefings), force: request.force ?? false };
  const outcomes: DayOutcome[] = [];
  // Oldest first, so each day is compared with the briefings before it as just written.
  for (const date of [...dates].sort()) {
    const { outcome, briefing } = await digestDay(context, date);
    if (briefing) context.history = [...context.history.filter((b) => b.date !== date), briefing].sort((a, b) => (a.date < b.date ? -1 : 1));
    outcomes.push(outcome);
  }
  return { outcomes, briefings: context.history };
}
