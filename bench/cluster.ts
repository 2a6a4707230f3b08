// Grouping speed and quality on a synthetic day of 5,000 articles, and the
// briefing assembled from it.
//   npx tsx bench/cluster.ts
import { fileURLToPath } from "node:url";
import { groupStories } from "../src/cluster/index.ts";
import { assembleBriefing } from "../src/briefing/index.ts";
import { findEvents } from "../src/cluster/events.ts";
import { syntheticDay } from "./cluster_day.ts";

export const TARGET_MS = 2000;

/** Pairwise precision, recall and F1 of "same story" against the truth. */
export function pairwiseF1(predicted: string[], truth: number[]): { p: number; r: number; f1: number } {
  const pairs = (keys: string[]) => {
    const count = new Map<string, number>();
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
    let n = 0;
    for (const c of count.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const both = pairs(predicted.map((p, i) => `${p}|${truth[i]}`));
  const pp = pairs(predicted), tp = pairs(truth.map(String));
  const p = pp ? both / pp : 1, r = tp ? both / tp : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function benchCluster(): Promise<string[]> {
  const { day, truth } = syntheticDay();
  const events = new Set(truth).size;
  groupStories(day.slice(0, 200)); // warm up the JIT on a small day
  const t0 = performance.now();
  const stories = groupStories(day);
  const ms = performance.now() - t0;
  // The briefing stage over the same day: actors merged across 5,000 articles, points marked.
  const t1 = performance.now();
  const briefing = assembleBriefing({ date: "2024-01-01", day, stories, history: [], rejected: [] });
  const briefingMs = performance.now() - t1;
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
  const { p, r, f1 } = pairwiseF1(day.map((d) => storyOf.get(d.article.id)!), truth);
  // The candidate step alone: how few pairs it verifies, and how many true pairs it reaches.
  const { pairs } = findEvents(day);
  const sizes = new Map<number, number>();
  for (const t of truth) sizes.set(t, (sizes.get(t) ?? 0) + 1);
  const sameEvent = [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const reached = pairs.filter((x) => truth[x.i] === truth[x.j]).length;
  const allPairs = (day.length * (day.length - 1)) / 2;
  return [
    `cluster: ${day.length} articles, ${events} events -> ${stories.length} stories in ${ms.toFixed(0)} ms (target <= ${TARGET_MS} ms${ms <= TARGET_MS ? "" : ", MISSED"})`,
    `cluster: pairwise precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1.toFixed(3)}`,
    `briefing: ${briefing.actors.length} actors, ${briefing.stories.reduce((n, x) => n + x.points.length, 0)} merged points assembled in ${briefingMs.toFixed(0)} ms`,
    `cluster: candidate step verified ${pairs.length} pairs (${((100 * pairs.length) / allPairs).toFixed(2)}% of all), reaching ${((100 * reached) / sameEvent).toFixed(1)}% of same-event pairs`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const line of await benchCluster()) console.log(line);
