// Accepted pairs to groups: union-find, strongest pairs first, guarded by group
// average likeness so that a chain A~B~C of drifting topics does not pull A and
// C into one story. The mean cosine between two groups is exact and cheap:
// (sum of A's unit vectors) . (sum of B's) / (|A| |B|).
import { addInto, dotMap, type SparseVector } from "./vectors.ts";

/** Two groups join only if their members are on average this alike, relative to the pair's bar. */
export const LINK_SHARE = 1.0;

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
  /** The score this pair needed. */
  threshold: number;
}

/** Groups of article indices, each sorted, in order of their first member. */
export function groupArticles(vectors: SparseVector[], pairs: ScoredPair[]): number[][] {
  const parent = vectors.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const sums = new Map<number, Map<number, number>>();
  const size = vectors.map(() => 1);
  const sumOf = (root: number) => {
    let s = sums.get(root);
    if (!s) addInto((s = new Map()), vectors[root]!), sums.set(root, s);
    return s;
  };
  const ordered = pairs.filter((p) => p.score >= p.threshold).sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const { i, j, threshold } of ordered) {
    let a = find(i), b = find(j);
    if (a === b) continue;
    if (size[a]! + size[b]! > 2) {
      const mean = dotMap(sumOf(a), sumOf(b)) / (size[a]! * size[b]!);
      if (mean < LINK_SHARE * threshold) continue;
    }
    if (size[a]! < size[b]! || (size[a] === size[b] && b < a)) [a, b] = [b, a];
    const into = sumOf(a);
    for (const [id, w] of sumOf(b)) into.set(id, (into.get(id) ?? 0) + w);
    sums.delete(b);
    parent[b] = a;
    size[a]! += size[b]!;
  }
  const groups = new Map<number, number[]>();
  vectors.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].sort((g, h) => g[0]! - h[0]!);
}
