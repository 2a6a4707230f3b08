import { fetchFeeds } from "../../ingest/index.ts";
import { withLock } from "../../pipeline/lock.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, type Command } from "./command.ts";

export const fetchCommand: Command = {
  summary: "pull the configured feeds and pages into the article store",
  help: [
    "Usage: daybrief fetch [--input DIR]",
    "",
    "Reads every feed of daybrief.config.json (\"feeds\"), fetches teaser items' pages, and stores each new",
    "article once under the store's YYYY-MM-DD/ folder. Nothing already stored is overwritten.",
  ].join("\n"),
  options: { input: { type: "string" } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const cfg = configFrom(values);
    if (cfg.feeds.length === 0) throw new UsageError('no feeds configured: add "feeds" to daybrief.config.json');
    return withLock(cfg, async () => {
      const report = await fetchFeeds(cfg);
      for (const file of report.stored) process.stderr.write(`daybrief: stored ${file}\n`);
      reportRejected(report.errors);
      return report.errors.length ? 1 : 0;
    });
  },
};
