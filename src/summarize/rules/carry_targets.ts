// carry_targets: a demand that names no one is made of the one party its speaker
// asks everything else of in the article.
//   "Union leader Ana Ode called on Harbour Ferries to restore the bonus. “Pay what you owe,” she said."
//     -> "Pay what you owe" is a demand of Harbour Ferries
//   the same, but she also urged the Port Authority to step in -> no target (two parties asked)
//   "called on all opposition deputies to vote" / "Chinese customers cannot switch": the words say who -> left alone
import type { Rule } from "../rule.ts";
import type { Draft, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { subjectEnd } from "../text/verbs.ts";

const RULE = "carry_targets";

const carry_targets: Rule = (state) => {
  const asked = partiesAsked(state);
  if (asked.size === 0) return;
  for (const d of state.drafts) {
    if (d.kind !== "demand" || d.targets.length) continue;
    const speaker = state.resolve(d.actor);
    const target = asked.get(speaker);
    // The country or body a speaker acts for is never the party it asks.
    if (!target || namesSomeone(state, d) || saysWho(state, d) || target === affiliationOf(state, speaker)) continue;
    d.targets = [target];
    d.why.push(`target carried from the speaker's other demands`);
    if (state.tracing) state.note(d.sent, RULE, `target of "${d.text.slice(0, 40)}": ${state.entity(target)?.name} (the one party its speaker asks elsewhere)`);
  }
};

function affiliationOf(state: SummarizeState, key: string): string | undefined {
  const a = state.entity(key)?.affiliation;
  return a ? state.resolve(a) : undefined;
}

/** Speaker -> the one party all of its targeted demands ask, or null when it asks two. */
function partiesAsked(state: SummarizeState): Map<string, string | null> {
  const one = new Map<string, string | null>();
  for (const d of state.drafts) {
    if (d.kind !== "demand" || d.targets.length !== 1) continue;
    const speaker = state.resolve(d.actor);
    const target = state.resolve(d.targets[0]!);
    const seen = one.get(speaker);
    if (seen === undefined) one.set(speaker, target);
    else if (seen !== target) one.set(speaker, null);
  }
  return one;
}

/** Does the demand's clause name an actor other than its speaker? Then the words say who, or no one. */
function namesSomeone(state: SummarizeState, d: Draft): boolean {
  const s = state.sentence(d.sent)!;
  const speaker = state.resolve(d.actor);
  for (const m of s.mentions) if (m.role === "actor" && m.t0 >= d.from && m.t1 <= d.to && state.resolve(m.key) !== speaker) return true;
  return false;
}

/**
 * Do the words say who must act, though no actor is named? "called on all opposition deputies to vote"
 * asks the deputies; "Chinese customers cannot switch" binds the customers. A pronoun says no more
 * than whom it points to ("we must", "it has to be fair").
 */
function saysWho(state: SummarizeState, d: Draft): boolean {
  if (d.frame.objectTo) return true;
  if (!d.cue || d.cue.hit.target !== "subject") return false;
  const s = state.sentence(d.sent)!;
  const e = subjectEnd(state, s, d.cue.t0);
  const head = s.tokens[e - 1];
  return e - 1 >= d.from && !!head?.word && !(head.flags & WordFlag.PRONOUN) && !state.lex.words.firstPerson.has(head.low);
}

export default carry_targets;
