import { summarizeFiles, summaryDocument } from "../../pipeline/summarize_files.ts";
import { UsageError } from "../errors.ts";
import { configFrom, reportRejected, type Command } from "./command.ts";
import { formatSummaries } from "../format_summary.ts";

export const summarize: Command = {
  summary: "print the key points of article files, without building a site",
  help: [
    "Usage: daybrief summarize [--json | --explain] FILE|URL...",
    "",
    "Reads each file (.txt, .md, .html, or an RSS, Atom or JSON feed) or http(s) URL (a page or a feed)",
    "and prints its actors and key points.",
    "  --json      print the document of CONTRACT.md: articles with actors and points, and stories",
    "  --explain   show, sentence by sentence, which rules fired and why",
    "Files that cannot be read are named on stderr; the others are still summarized (exit status 1).",
  ].join("\n"),
  options: { json: { type: "boolean" }, explain: { type: "boolean" } },
  async run(values, files) {
    if (files.length === 0) throw new UsageError("summarize needs at least one FILE");
    if (values.json && values.explain) throw new UsageError("--json and --explain cannot be combined");
    const cfg = configFrom(values);
    const result = await summarizeFiles(cfg, files);
    if (values.json) process.stdout.write(JSON.stringify(summaryDocument(result), null, 2) + "\n");
    else if (values.explain) for (const d of result.digested) process.stdout.write(result.summarizer.explain(d.article) + "\n");
    else process.stdout.write(formatSummaries(result.digested, result.stories));
    reportRejected(result.rejected);
    return result.rejected.length ? 1 : 0;
  },
};
