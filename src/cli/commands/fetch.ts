import { join } from "node:path";
import { addFeedsToConfig, fetchFeeds, importOpml } from "../../ingest/index.ts";
import { CONFIG_FILE } from "../../config.ts";
import { withLock } from "../../pipeline/lock.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, type Command } from "./command.ts";

export const fetchCommand: Command = {
  summary: "pull the configured feeds and pages into the article store",
  help: [
    "Usage: daybrief fetch [--input DIR]",
    "       daybrief fetch --import-opml FILE",
    "",
    "Reads every feed of daybrief.config.json (\"feeds\"), fetches the pages of items that carry only a",
    "teaser, and stores each new article once under the store's YYYY-MM-DD/ folder. Nothing already",
    "stored is overwritten; conditional requests skip feeds that have not changed.",
    "  --import-opml FILE   add the feeds of an OPML subscription list to daybrief.config.json",
  ].join("\n"),
  options: { input: { type: "string" }, "import-opml": { type: "string" } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const cfg = configFrom(values);
    const opml = values["import-opml"];
    if (typeof opml === "string") {
      const { feeds, errors } = await importOpml(opml, cfg.maxArticleBytes);
      const { added, total } = await addFeedsToConfig(join(cfg.root, CONFIG_FILE), feeds);
      process.stderr.write(`daybrief: ${added.length} new feeds added to ${CONFIG_FILE} (${total} in all)\n`);
      reportRejected(errors);
      return errors.length ? 1 : 0;
    }
    if (cfg.feeds.length === 0) throw new UsageError(`no feeds configured: add "feeds" to ${CONFIG_FILE} or use --import-opml`);
    return withLock(cfg, async () => {
      const report = await fetchFeeds(cfg);
      for (const f of report.feeds) process.stderr.write(`daybrief: ${f.url}: ${f.status}, ${f.items} items, ${f.stored} new, ${f.duplicates} already stored\n`);
      reportRejected(report.errors);
      return report.errors.length ? 1 : 0;
    });
  },
};
