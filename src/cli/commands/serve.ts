import { watch } from "node:fs";
import { digest } from "../../pipeline/digest.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, STORE_OPTIONS, type Command } from "./command.ts";
import { reportDays } from "../report_days.ts";

export const serve: Command = {
  summary: "build and serve the site locally with live reload",
  help: [
    "Usage: daybrief serve [--input DIR] [--output DIR] [--port N]",
    "",
    "Digests what changed, builds the site and serves it (default http://localhost:8080/).",
    "Edits to templates rebuild the site; new or changed articles are digested and the page reloads.",
  ].join("\n"),
  options: { ...STORE_OPTIONS, port: { type: "string" } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a port number: ${values.port}`);
    const cfg = configFrom(values);
    const redigest = async () => {
      const outcomes = await digest(cfg);
      reportDays(outcomes.filter((o) => o.status === "written"));
      reportRejected(outcomes.flatMap((o) => o.rejected));
    };
    await redigest();
    const { serveSite } = await import("../../site/build.ts");
    await serveSite(cfg, port);
    // Article changes arrive as bursts of file events: digest once the burst settles.
    let timer: NodeJS.Timeout | undefined;
    watch(cfg.store, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void redigest().catch((e) => process.stderr.write(`daybrief: ${(e as Error).message}\n`)), 300);
    });
    await new Promise(() => {});
    return 0;
  },
};
