// merge_demands: the pieces of one demand, split by an aside, are one point.
//   "Sorin said Russia is ready, provided Washington shows intent, and must see the first step"
//     -> the two demand pieces of Sorin in that sentence become one demand
//   "stressed the need to address X, maintaining Y as prerequisites" -> one demand (a participle goes on with it)
//   demands made by split_compound_demands stay apart, and so do those of two verbs
//   ("asked the court to bar him, and demanded that the firm pay a fine" -> two demands)
//   "called on X to act, adding that Y should ..." -> two demands (the participle opens a statement of its own)
import type { Rule } from "../rule.ts";
import type { Draft, SummarizeState } from "../state.ts";

const merge_demands: Rule = (state) => {
  // The demands kept so far, by sentence (at its index + 1, the title being -1), in the drafts' order.
  const kept: (Draft[] | undefined)[] = new Array(state.sentences.length + 1).fill(undefined);
  for (const d of state.drafts) {
    if (d.dropped || d.kind !== "demand" || d.split) continue;
    const list = kept[d.sent + 1];
    const into = list && firstToJoin(state, list, d);
    if (!into) {
      if (list) list.push(d);
      else kept[d.sent + 1] = [d];
      continue;
    }
    into.text = `${into.text}; ${d.text}`;
    into.to = Math.max(into.to, d.to);
    into.targets = [...new Set([...into.targets, ...d.targets])];
    d.dropped = "merged into the first demand of the sentence";
  }
};

/** The first demand kept of d's speaker that d joins: one of the same frame, or when either carries the other on. */
function firstToJoin(state: SummarizeState, kept: Draft[], d: Draft): Draft | undefined {
  const speaker = state.resolve(d.actor);
  const carriesOn = continues(state, d);
  for (const k of kept) if (state.resolve(k.actor) === speaker && (k.frame === d.frame || carriesOn || continues(state, k))) return k;
  return undefined;
}

/** A participle carries on the statement of the verb before it, unless it opens one of its own ("adding that ..."). */
function continues(state: SummarizeState, d: Draft): boolean {
  if (!d.frame.how.startsWith("participle")) return false;
  const toks = state.sentence(d.sent)?.tokens;
  return toks?.[d.frame.c0]?.low !== "that" && toks?.[d.frame.c0 - 1]?.low !== "that";
}

export default merge_demands;
