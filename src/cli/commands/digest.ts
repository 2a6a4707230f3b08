import { DateTime } from "luxon";
import { digest } from "../../pipeline/digest.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, type Command } from "./command.ts";
import { reportDays } from "../report_days.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const digestCommand: Command = {
  summary: "turn a day's articles into that day's briefing under briefings/",
  help: [
    "Usage: daybrief digest [--input DIR] [--date YYYY-MM-DD | --all]",
    "",
    "  --input DIR   the article store (default: the configured store, articles/)",
    "  --date DAY    the day to digest (default: today in the configured time zone)",
    "  --all         every day of the store",
    "Briefings are written beside the store, in briefings/. A day is always digested again when named.",
  ].join("\n"),
  options: { input: { type: "string" }, date: { type: "string" }, all: { type: "boolean" } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    if (values.all && values.date) throw new UsageError("--date and --all cannot be combined");
    const cfg = configFrom(values);
    let dates: string[] | undefined;
    if (!values.all) {
      const date = typeof values.date === "string" ? values.date : DateTime.now().setZone(cfg.site.timeZone).toISODate()!;
      if (!DAY.test(date) || !DateTime.fromISO(date).isValid) throw new UsageError(`--date must be a day as YYYY-MM-DD: ${date}`);
      dates = [date];
    }
    const outcomes = await digest(cfg, { dates, force: true });
    reportDays(outcomes);
    const rejected = outcomes.flatMap((o) => o.rejected);
    reportRejected(rejected);
    return rejected.length ? 1 : 0;
  },
};
