// rank_points: demands first, then rejections, warnings, offers and other
// positions; within a kind, in the order the article gives them (headline first).
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";
import type { PointKind } from "../types.ts";

const RANK: Record<PointKind, number> = { demand: 0, rejection: 1, warning: 2, offer: 3, position: 4 };

const rank_points: Rule = (state) => {
  // Array.prototype.sort is stable: drafts of one rank keep the article's order among equals.
  state.drafts.sort(before);
};

function before(a: Draft, b: Draft): number {
  return RANK[a.kind] - RANK[b.kind] || a.sent - b.sent || a.from - b.from;
}

export default rank_points;
