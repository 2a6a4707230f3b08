// rank_points: demands first, then rejections, warnings, offers and other
// positions; within a kind, in the order the article gives them (headline first).
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";
import type { PointKind } from "../types.ts";

const RANK: Record<PointKind, number> = { demand: 0, rejection: 1, warning: 2, offer: 3, position: 4 };
/** Up to this many drafts an insertion sort is quicker than Array.prototype.sort's setup. */
const FEW = 48;

const rank_points: Rule = (state) => {
  // Both sorts are stable, so both give the one order a stable sort by `before` gives: equals keep the article's order.
  if (state.drafts.length > FEW) state.drafts.sort(before);
  else insertionSort(state.drafts);
};

function before(a: Draft, b: Draft): number {
  return order(RANK[a.kind], a, RANK[b.kind], b);
}

/** `before` with the two drafts' ranks given. */
function order(ra: number, a: Draft, rb: number, b: Draft): number {
  return ra - rb || a.sent - b.sent || a.from - b.from;
}

/** Sorts by `before` in place, each draft's rank read once: a draft moves only past drafts it comes strictly before. */
function insertionSort(drafts: Draft[]): void {
  const ranks: number[] = [];
  for (const d of drafts) ranks.push(RANK[d.kind]);
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!, r = ranks[i]!;
    let j = i;
    for (; j > 0; j--) {
      const o = drafts[j - 1]!, ro = ranks[j - 1]!;
      // d stays after o unless it comes strictly before it.
      if (order(r, d, ro, o) >= 0) break;
      drafts[j] = o;
      ranks[j] = ro;
    }
    drafts[j] = d;
    ranks[j] = r;
  }
}

export default rank_points;
