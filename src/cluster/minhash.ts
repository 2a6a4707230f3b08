// The near-linear candidate step: each article is reduced to its key terms (the
// heaviest TF-IDF terms that some other article also uses), the key-term set
// to a MinHash signature, and the signature cut into bands; articles sharing a
// band bucket become candidates. Pairs whose key terms overlap with Jaccard s
// are found with probability 1 - (1 - s^ROWS)^BANDS (s = 0.2: 0.93, s = 0.05: 0.15).
// Word shingles would miss rewrites that paraphrase; key terms do not.
import type { DayVectors } from "./vectors.ts";

export const KEY_TERMS = 32;
export const BANDS = 64;
export const ROWS = 2;
/** A bucket this full is a term pair everyone shares: its members are linked in a window, not all pairs. */
export const MAX_BUCKET = 64;

/** Seeded 32-bit mixing (MurmurHash3's finaliser): same input, same output, on every run. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Seeds of the hash family, drawn from a fixed sequence. */
const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/** Term ids of the article's heaviest terms that at least one other article shares. */
export function keyTerms(day: DayVectors, doc: number, k = KEY_TERMS): number[] {
  const v = day.vectors[doc]!;
  const shared: number[] = [];
  for (let i = 0; i < v.ids.length; i++) if (day.df[v.ids[i]!]! >= 2) shared.push(i);
  shared.sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!);
  return shared.slice(0, k).map((i) => v.ids[i]!);
}

export function minhash(termIds: number[]): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const id of termIds) {
    const h = mix32(id + 0x7f4a7c15);
    for (let s = 0; s < SEEDS.length; s++) {
      const x = mix32(h ^ SEEDS[s]!);
      if (x < sig[s]!) sig[s] = x;
    }
  }
  return sig;
}

/** Candidate pairs [i, j] with i < j, in ascending order, each once. */
export function candidatePairs(signatures: (Uint32Array | null)[]): [number, number][] {
  const n = signatures.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const link = (a: number, b: number) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = i * n + j;
    if (!seen.has(key)) seen.add(key), pairs.push([i, j]);
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, doc) => {
      if (!sig) return;
      let key = band;
      for (let r = 0; r < ROWS; r++) key = mix32(key ^ sig[band * ROWS + r]!) + r;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      // Each member meets the MAX_BUCKET members before it: linear in a full bucket, yet chains it.
      for (let a = 1; a < bucket.length; a++)
        for (let b = Math.max(0, a - MAX_BUCKET); b < a; b++) link(bucket[b]!, bucket[a]!);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
