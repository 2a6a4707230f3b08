// merge_demands: the pieces of one demand, split by an aside, are one point.
//   "Sorin said Russia is ready, provided Washington shows intent, and must see the first step"
//     -> the two demand pieces of Sorin in that sentence become one demand
//   demands made by split_compound_demands stay apart
import type { Rule } from "../rule.ts";

const merge_demands: Rule = (state) => {
  const first = new Map<string, (typeof state.drafts)[number]>();
  for (const d of state.drafts) {
    if (d.dropped || d.kind !== "demand" || d.split) continue;
    const key = `${d.sent}\u0000${state.resolve(d.actor)}`;
    const into = first.get(key);
    if (!into) {
      first.set(key, d);
      continue;
    }
    into.text = `${into.text}; ${d.text}`;
    into.to = Math.max(into.to, d.to);
    into.targets = [...new Set([...into.targets, ...d.targets])];
    d.dropped = "merged into the first demand of the sentence";
  }
};

export default merge_demands;
