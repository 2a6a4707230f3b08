import { digestWithHistory } from "../../pipeline/digest.ts";
import { withLock } from "../../pipeline/lock.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, STORE_OPTIONS, type Command } from "./command.ts";
import { reportDays } from "../report_days.ts";

export const build: Command = {
  summary: "digest the days whose articles changed, then build the whole site",
  help: [
    "Usage: daybrief build [--input DIR] [--output DIR]",
    "",
    "  --input DIR    the article store (default: articles/); briefings go beside it, in briefings/",
    "  --output DIR   where the site is written (default: _site/)",
    "The site is built in a fresh folder and swapped in whole, so a failed build leaves the old site.",
  ].join("\n"),
  options: { ...STORE_OPTIONS },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const cfg = configFrom(values);
    return withLock(cfg, async () => {
      const { outcomes, briefings } = await digestWithHistory(cfg);
      reportDays(outcomes.filter((o) => o.status === "written"));
      // Eleventy loads only for the commands that build; the briefings just digested are what it renders.
      const { buildSite } = await import("../../site/build.ts");
      const { pages } = await buildSite(cfg, briefings);
      process.stderr.write(`daybrief: site written to ${cfg.output} (${pages} files)\n`);
      const rejected = outcomes.flatMap((o) => o.rejected);
      reportRejected(rejected);
      return rejected.length ? 1 : 0;
    });
  },
};
