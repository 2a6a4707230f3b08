// drop_silent_actors: the summary lists only actors who make a point or are asked to act.
//   Denmark, named only as a place in passing -> not listed
//   NATO, target of a demand -> listed
//   listed in order of first mention in the article
import type { Rule } from "../rule.ts";

const drop_silent_actors: Rule = (state) => {
  const keep = new Set<string>();
  for (const d of state.drafts) {
    if (d.dropped) continue;
    keep.add(state.resolve(d.actor));
    for (const t of d.targets) keep.add(state.resolve(t));
  }
  const order: string[] = [];
  for (const s of state.sentences)
    for (const m of s.mentions) {
      const k = state.resolve(m.key);
      if (keep.has(k) && !order.includes(k)) order.push(k);
    }
  for (const k of keep) if (!order.includes(k)) order.push(k);
  state.listed = order;
};

export default drop_silent_actors;
