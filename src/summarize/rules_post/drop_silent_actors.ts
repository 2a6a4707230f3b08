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
  const placed = new Set<string>();
  // Once every actor kept has its place, later mentions add none.
  for (let i = 0; i < state.sentences.length && order.length < keep.size; i++)
    for (const m of state.sentences[i]!.mentions) {
      const k = state.resolve(m.key);
      if (keep.has(k) && !placed.has(k)) {
        placed.add(k);
        order.push(k);
      }
    }
  for (const k of keep) if (!placed.has(k)) order.push(k);
  state.listed = order;
};

export default drop_silent_actors;
