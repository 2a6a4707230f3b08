// dedupe_points: one point per actor, kind and clause.
//   two position drafts of Sorin on overlapping words -> the longer one
//   a draft whose words another draft of the same actor and kind contains -> dropped
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";

const dedupe_points: Rule = (state) => {
  const live = state.drafts.filter((d) => !d.dropped);
  // Only drafts of one sentence compare: each draft meets the others of its sentence, in the same order as in `live`.
  const bySent = new Map<number, Draft[]>();
  for (const d of live) {
    const list = bySent.get(d.sent);
    if (list) list.push(d);
    else bySent.set(d.sent, [d]);
  }
  for (const d of live) {
    for (const o of bySent.get(d.sent)!) {
      if (o === d || o.dropped || d.dropped || o.kind !== d.kind) continue;
      if (state.resolve(o.actor) !== state.resolve(d.actor)) continue;
      const overlap = Math.min(o.to, d.to) - Math.max(o.from, d.from);
      if (overlap <= 0 && d.text !== o.text) continue;
      const loser = d.to - d.from < o.to - o.from || (d.to - d.from === o.to - o.from && d.from > o.from) ? d : o;
      loser.dropped = "same point as another";
    }
  }
};

export default dedupe_points;
