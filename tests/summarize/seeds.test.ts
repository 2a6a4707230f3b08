// The seeds' score with the project's bar, when the shared folder beside the
// repository holds the seeds and the scorer; skipped cleanly otherwise.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFiles } from "../../src/ingest/index.ts";
import { createSummarizer } from "../../src/summarize/index.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const SEEDS = join(SHARED, "seeds");
const SCORER = join(SHARED, "eval", "score.mjs");
const BAR = ["actorsF1=0.85", "demandsF1=0.75", "positionsR=0.7"];

const S = suite("seeds");

if (!existsSync(SEEDS) || !existsSync(SCORER)) {
  S("seeds :: skipped (no shared seeds beside the repository)", () => assert.ok(true));
} else {
  S("seeds :: the summarizer meets the bar on the seeds", async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => join(SEEDS, f));
    const { articles } = await readFiles(files, { timeZone: "UTC", maxBytes: 5 * 1024 * 1024 });
    const summarizer = createSummarizer();
    const doc = {
      articles: articles.map((a) => {
        const s = summarizer.summarize(a);
        return { file: a.file, title: a.title, actors: s.actors, points: s.points };
      }),
      stories: articles.map((a) => ({ title: a.title ?? a.file, articles: [a.file] })),
    };
    const pred = join(mkdtempSync(join(tmpdir(), "daybrief-seeds-")), "pred.json");
    writeFileSync(pred, JSON.stringify(doc));
    let out = "";
    try {
      out = execFileSync(process.execPath, [SCORER, "--gold", SEEDS, "--pred", pred, ...BAR.flatMap((m) => ["--min", m])], { encoding: "utf8" });
    } catch (e) {
      assert.unreachable(`below the bar:\n${(e as { stdout?: string }).stdout ?? e}`);
    }
    assert.match(out, /^TOTAL /m);
  });
}

S.run();
