// drop_silent_actors: the summary lists only actors who make a point or are asked to act.
//   Denmark, named only as a place in passing -> not listed
//   NATO, target of a demand -> listed
//   listed in order of first mention in the article
import type { Rule } from "../rule.ts";

const drop_silent_actors: Rule = (state) => {
  // The actors kept and not placed yet, in the order the drafts name them.
  const unplaced = new Set<string>();
  for (const d of state.drafts) {
    if (d.dropped) continue;
    unplaced.add(state.resolve(d.actor));
    for (const t of d.targets) unplaced.add(state.resolve(t));
  }
  const order: string[] = [];
  // An actor takes its place at its first mention; once every actor kept has its place, later mentions add none.
  for (let i = 0; i < state.sentences.length && unplaced.size > 0; i++)
    for (const m of state.sentences[i]!.mentions) {
      const k = state.resolve(m.key);
      if (unplaced.delete(k)) order.push(k);
    }
  // The rest, never mentioned, in the order the drafts name them (a Set keeps its order as members leave).
  for (const k of unplaced) order.push(k);
  state.listed = order;
};

export default drop_silent_actors;
