// Summarizer throughput in MB/s of article text on one core, beside
// compromise's people/organizations/places extraction on the same text. The rules
// run on one thread; the figure is MB per second of the wall clock, and beside it
// MB per second of the process's CPU time, which counts the runtime's helper
// threads (the collector's) as well and which other work on a busy machine does
// not lengthen as it lengthens the wall clock.
//   npx tsx bench/summarize.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { Article } from "../src/ingest/article.ts";
import { createSummarizer } from "../src/summarize/index.ts";
import { keepStatesYoung } from "../src/summarize/young_states.ts";

export const TARGET_MB_S = 10;
/** Passes timed after the first, an odd number so that one is the median. */
const STEADY_PASSES = 5;
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

interface Timing {
  /** MB per second of the process's CPU time. */
  cpu: number;
  /** MB per second of the wall clock. */
  wall: number;
}

/** Runs `work` over `bytes` of text and times it both ways. */
function timed(bytes: number, work: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wallMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(c0);
  return { cpu: mbPerSecond(bytes, (user + system) / 1000), wall: mbPerSecond(bytes, wallMs) };
}

export async function benchSummarize(): Promise<string[]> {
  const articles = corpus();
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  // The collector advice the daybrief command gives itself at start.
  keepStatesYoung();
  const summarizer = createSummarizer();
  // As the pipeline runs it: rule by rule over batches of the day's articles. The first pass
  // also pays for compiling the code; the steady figure is the median of the passes after it,
  // shown with their range: on a machine shared with other work, passes a minute apart differ.
  const pass = (): Timing & { points: number } => {
    let points = 0;
    const t = timed(bytes, () => {
      for (const s of summarizer.summarizeMany(articles)) if (!(s instanceof Error)) points += s.points.length;
    });
    return { ...t, points };
  };
  const first = pass();
  const passes = Array.from({ length: STEADY_PASSES }, pass).sort((a, b) => a.wall - b.wall);
  const steady = passes[STEADY_PASSES >> 1]!;
  const ours = steady.wall;
  const range = `${passes[0]!.wall.toFixed(1)}-${passes[STEADY_PASSES - 1]!.wall.toFixed(1)}`;

  let names = 0;
  const theirs = timed(bytes, () => {
    for (const a of articles) {
      const doc = nlp(a.body);
      names += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
    }
  });
  return [
    `corpus: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB (the team's texts, repeated)`,
    `daybrief summarizer: ${ours.toFixed(1)} MB/s steady (median of ${STEADY_PASSES} passes, ${range}; first pass ${first.wall.toFixed(1)} MB/s; ${steady.cpu.toFixed(1)} MB per CPU second), ${steady.points} points (target >= ${TARGET_MB_S} MB/s: ${ours >= TARGET_MB_S ? "met" : "NOT met"})`,
    `compromise people/organizations/places: ${theirs.wall.toFixed(2)} MB/s (one pass; ${theirs.cpu.toFixed(2)} MB per CPU second), ${names} names`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) for (const line of await benchSummarize()) console.log(line);
