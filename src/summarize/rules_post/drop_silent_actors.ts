// drop_silent_actors: the summary lists only actors who make a point or are asked to act.
//   Denmark, named only as a place in passing -> not listed
//   NATO, target of a demand -> listed
//   listed in order of first mention in the article
import type { Rule } from "../rule.ts";

const drop_silent_actors: Rule = (state) => {
  // The actors kept, in the order the drafts name them, each with whether it has its place yet.
  const placed = new Map<string, boolean>();
  for (const d of state.drafts) {
    if (d.dropped) continue;
    placed.set(state.resolve(d.actor), false);
    for (const t of d.targets) placed.set(state.resolve(t), false);
  }
  const order: string[] = [];
  // An actor takes its place at its first mention; once every actor kept has its place, later mentions add none.
  for (let i = 0; i < state.sentences.length && order.length < placed.size; i++)
    for (const m of state.sentences[i]!.mentions) {
      const k = state.resolve(m.key);
      if (placed.get(k) === false) {
        placed.set(k, true);
        order.push(k);
      }
    }
  // The rest, never mentioned, in the order the drafts name them.
  if (order.length < placed.size) for (const [k, has] of placed) if (!has) order.push(k);
  state.listed = order;
};

export default drop_silent_actors;
