import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupArticles } from "../../src/cluster/group.ts";
import type { SparseVector } from "../../src/cluster/vectors.ts";

/** A unit vector over term ids from weights. */
const vec = (w: Record<number, number>): SparseVector => {
  const ids = Int32Array.from(Object.keys(w).map(Number)).sort();
  const n = Math.sqrt(Object.values(w).reduce((s, x) => s + x * x, 0));
  return { ids, weights: Float64Array.from(ids, (id) => w[id]! / n) };
};

const Group = suite("groupArticles");
Group("groupArticles :: accepted pairs join, rejected do not", () => {
  const v = [vec({ 1: 1 }), vec({ 1: 1 }), vec({ 2: 1 })];
  const groups = groupArticles(v, [
    { i: 0, j: 1, score: 0.9, threshold: 0.2 },
    { i: 1, j: 2, score: 0.1, threshold: 0.2 },
  ]);
  assert.equal(groups, [[0, 1], [2]]);
});

Group("groupArticles :: a weak link does not chain two groups", () => {
  // A-B alike, C-D alike, B-C share a little: the link passes alone but the groups' mean does not.
  const v = [vec({ 1: 1, 2: 0.1 }), vec({ 1: 1, 3: 0.6 }), vec({ 4: 1, 3: 0.6 }), vec({ 4: 1, 5: 0.1 })];
  const pairs = [
    { i: 0, j: 1, score: 0.85, threshold: 0.2 },
    { i: 2, j: 3, score: 0.85, threshold: 0.2 },
    { i: 1, j: 2, score: 0.27, threshold: 0.2 },
  ];
  assert.equal(groupArticles(v, pairs), [[0, 1], [2, 3]]);
});

Group("groupArticles :: a third report joins when alike to the group on average", () => {
  const v = [vec({ 1: 1, 2: 1 }), vec({ 1: 1, 2: 1, 3: 0.2 }), vec({ 1: 1, 2: 0.5, 9: 1 })];
  const pairs = [
    { i: 0, j: 1, score: 0.98, threshold: 0.2 },
    { i: 0, j: 2, score: 0.7, threshold: 0.2 },
  ];
  assert.equal(groupArticles(v, pairs), [[0, 1, 2]]);
});
Group.run();
