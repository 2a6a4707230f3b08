// rank_points: demands first, then rejections, warnings, offers and other
// positions; within a kind, in the order the article gives them (headline first).
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";
import type { PointKind } from "../types.ts";

const RANK: Record<PointKind, number> = { demand: 0, rejection: 1, warning: 2, offer: 3, position: 4 };

const rank_points: Rule = (state) => {
  const drafts = state.drafts;
  if (drafts.length > SHORT) drafts.sort(before);
  else insertionSort(drafts);
};

function before(a: Draft, b: Draft): number {
  return RANK[a.kind] - RANK[b.kind] || a.sent - b.sent || a.from - b.from;
}

/** An article's few drafts (up to 64) sort by insertion, which is stable like Array.prototype.sort. */
const SHORT = 64;

function insertionSort(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    let j = i;
    while (j > 0 && before(drafts[j - 1]!, d) > 0) {
      drafts[j] = drafts[j - 1]!;
      j--;
    }
    drafts[j] = d;
  }
}

export default rank_points;
