// merge_demands: the pieces of one demand, split by an aside, are one point.
//   "Sorin said Russia is ready, provided Washington shows intent, and must see the first step"
//     -> the two demand pieces of Sorin in that sentence become one demand
//   "stressed the need to address X, maintaining Y as prerequisites" -> one demand (a participle goes on with it)
//   demands made by split_compound_demands stay apart, and so do those of two verbs
//   ("asked the court to bar him, and demanded that the firm pay a fine" -> two demands)
import type { Rule } from "../rule.ts";
import type { Draft } from "../state.ts";

const merge_demands: Rule = (state) => {
  const kept = new Map<string, Draft[]>();
  for (const d of state.drafts) {
    if (d.dropped || d.kind !== "demand" || d.split) continue;
    const key = `${d.sent}\u0000${state.resolve(d.actor)}`;
    const list = kept.get(key) ?? [];
    const into = list.find((k) => k.frame === d.frame || continues(k) || continues(d));
    if (!into) {
      kept.set(key, [...list, d]);
      continue;
    }
    into.text = `${into.text}; ${d.text}`;
    into.to = Math.max(into.to, d.to);
    into.targets = [...new Set([...into.targets, ...d.targets])];
    d.dropped = "merged into the first demand of the sentence";
  }
};

/** A participle carries on the statement of the verb before it. */
function continues(d: Draft): boolean {
  return d.frame.how.startsWith("participle");
}

export default merge_demands;
