// weigh_headlines: a headline makes a point only as a statement of its own, and never twice.
//   "Union says pay must rise" -> a point (a cue and a verb of saying)
//   "Downing Street presses the central bank for faster cuts" -> no point (it announces what the body tells)
//   "Union says pay must rise" + body "Pay must rise, the union said." -> the body's point only
import { verbAt } from "../text/verbs.ts";
import type { Rule } from "../rule.ts";
import type { Draft, SummarizeState } from "../state.ts";

const RESTATES = 0.6;

const weigh_headlines: Rule = (state) => {
  // The words of each body draft, read once however many headline drafts it meets.
  const bodyWords = new Map<Draft, Set<string>>();
  // A draft is dropped here only in its own turn: one dropped before is passed over, each other one weighed.
  for (const d of state.drafts) {
    if (d.dropped) continue;
    const s = state.sentence(d.sent)!;
    if (s.index !== -1 && !s.headline) continue;
    if (!ownStatement(state, d)) d.dropped = "a headline announcing the story";
    else if (restated(state, d, bodyWords)) d.dropped = "the headline restates a sentence of the body";
    if (d.dropped && state.tracing) state.note(s.index, "weigh_headlines", `dropped: ${d.dropped}`);
  }
};

/** Does a live body draft of the same actor hold most of the headline draft's words? */
function restated(state: SummarizeState, d: Draft, bodyWords: Map<Draft, Set<string>>): boolean {
  let head: Set<string> | undefined;
  for (const o of state.drafts) {
    if (o === d || o.dropped || o.sent < 0 || state.sentence(o.sent)!.headline || state.resolve(o.actor) !== state.resolve(d.actor)) continue;
    let body = bodyWords.get(o);
    if (!body) bodyWords.set(o, (body = words(o.text)));
    if (overlap(body, (head ??= words(d.text))) >= RESTATES) return true;
  }
  return false;
}

/** A cue inside ("must", "should") or a verb that states a view ("says", "believes"). */
function ownStatement(state: SummarizeState, d: Draft): boolean {
  if (d.cue) return true;
  const f = d.frame;
  if (f.v1 <= f.v0) return false;
  const m = verbAt(state, state.sentence(d.sent)!.tokens, f.v0);
  return !!m && m.values[0]!.headline;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the headline's words H the body sentence's words B hold. */
function overlap(B: Set<string>, H: Set<string>): number {
  let n = 0;
  for (const w of H) if (B.has(w)) n++;
  return n / (H.size || 1);
}

export default weigh_headlines;
