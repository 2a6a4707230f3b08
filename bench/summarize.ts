// Summarizer throughput in MB/s of article text on one core, beside
// compromise's people/organizations/places extraction on the same text.
//   npx tsx bench/summarize.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { Article } from "../src/ingest/article.ts";
import { createSummarizer } from "../src/summarize/index.ts";
import { keepStatesYoung } from "../src/summarize/young_states.ts";

export const TARGET_MB_S = 10;
const CORPUS_BYTES = Number(process.env.BENCH_MB ?? 6) * 1024 * 1024;
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCES = ["articles", "tests/summarize/fixtures"];

function textFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(textFiles(p));
    else if (/\.(txt|md)$/.test(n) && n !== "README.md") out.push(p);
  }
  return out;
}

/** The team's own texts, repeated until the corpus reaches CORPUS_BYTES. */
function corpus(): Article[] {
  const texts = SOURCES.flatMap((d) => textFiles(join(ROOT, d))).map((f) => readFileSync(f, "utf8").replace(/^---[\s\S]*?\n---\n/, ""));
  if (texts.length === 0) throw new Error("no article texts found under " + SOURCES.join(", "));
  const out: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    const body = texts[i % texts.length]!;
    bytes += Buffer.byteLength(body);
    out.push({ id: String(i), file: `bench-${i}`, date: null, title: null, source: null, url: null, published: null, author: null, body, meta: {} });
  }
  return out;
}

function mbPerSecond(bytes: number, ms: number): number {
  return bytes / (1024 * 1024) / (ms / 1000);
}

export async function benchSummarize(): Promise<string[]> {
  const articles = corpus();
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  // The collector advice the daybrief command gives itself at start.
  keepStatesYoung();
  const summarizer = createSummarizer();
  // As the pipeline runs it: rule by rule over batches of the day's articles. The first pass
  // also pays for compiling the code; the steady figure is the median of the passes after it.
  const pass = (): { mbs: number; points: number } => {
    let points = 0;
    const t0 = performance.now();
    for (const s of summarizer.summarizeMany(articles)) if (!(s instanceof Error)) points += s.points.length;
    return { mbs: mbPerSecond(bytes, performance.now() - t0), points };
  };
  const first = pass();
  const steady = [pass(), pass(), pass()].sort((a, b) => a.mbs - b.mbs)[1]!;
  const ours = steady.mbs;
  const points = steady.points;

  let names = 0;
  const t1 = performance.now();
  for (const a of articles) {
    const doc = nlp(a.body);
    names += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
  }
  const theirs = mbPerSecond(bytes, performance.now() - t1);
  return [
    `corpus: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB (the team's texts, repeated)`,
    `daybrief summarizer: ${ours.toFixed(1)} MB/s steady (median of 3 passes; first pass ${first.mbs.toFixed(1)} MB/s), ${points} points (target >= ${TARGET_MB_S} MB/s: ${ours >= TARGET_MB_S ? "met" : "NOT met"})`,
    `compromise people/organizations/places: ${theirs.toFixed(2)} MB/s (one pass), ${names} names`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) for (const line of await benchSummarize()) console.log(line);
