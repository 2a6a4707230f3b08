// rank_points: demands first, then rejections, warnings, offers and other
// positions; within a kind, in the order the article gives them (headline first).
import type { Rule } from "../rule.ts";
import type { PointKind } from "../types.ts";

const RANK: Record<PointKind, number> = { demand: 0, rejection: 1, warning: 2, offer: 3, position: 4 };

const rank_points: Rule = (state) => {
  state.drafts.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.sent - b.sent || a.from - b.from);
};

export default rank_points;
