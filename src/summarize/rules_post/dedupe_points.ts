// dedupe_points: one point per actor, kind and clause.
//   two position drafts of Sorin on overlapping words -> the longer one
//   a draft whose words another draft of the same actor and kind contains -> dropped
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";

const dedupe_points: Rule = (state) => {
  // Only drafts of one sentence compare: each live draft meets the others of its sentence, in the drafts' order.
  // The lists stand at sentence index + 1 (the title is -1).
  const bySent: (Draft[] | undefined)[] = new Array(state.sentences.length + 1).fill(undefined);
  for (const d of state.drafts) {
    if (d.dropped) continue;
    const list = bySent[d.sent + 1];
    if (list) list.push(d);
    else bySent[d.sent + 1] = [d];
  }
  // A draft dropped before this rule is in no list; one dropped on the way meets no other.
  for (const d of state.drafts) {
    if (d.dropped) continue;
    const list = bySent[d.sent + 1]!;
    if (list.length === 1) continue;
    for (const o of list) {
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
