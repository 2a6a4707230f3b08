// find_targets: who a demand asks to act, when the text says.
//   "urged European governments to fund the mission" -> European countries
//   "Kyiv must actively work to convince its allies" -> Ukraine
//   "the onus is on Germany to reopen talks" -> Germany
//   "it is now their responsibility to take the first step" -> whoever "their" is
//   "demands that Kyiv relinquish its aspirations" -> Ukraine
//   "depends on adequate support from the US and Western nations" -> United States, Western countries
//   "the initiative must come from Washington" -> United States
//   "any guarantees should be comprehensive" -> none
import type { Rule } from "../rule.ts";
import type { Draft, Mention, Sentence, SummarizeState } from "../state.ts";
import { subjectLike } from "../text/subject.ts";
import { subjectEnd } from "../text/verbs.ts";
import { conditionAt, cueAt } from "../text/cues.ts";
import { actorListAt } from "../text/actor_list.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "find_targets";

const find_targets: Rule = (state) => {
  for (const d of state.drafts) {
    if (d.kind !== "demand") continue;
    const s = state.sentence(d.sent)!;
    const found = objectOfVerb(state, s, d) ?? complementSubject(state, s, d) ?? fromCue(state, s, d, d.cue) ?? otherCues(state, s, d) ?? fromCondition(state, s, d) ?? comeFrom(state, s, d) ?? [];
    d.targets = found.length ? targetsOf(state, d, found) : [];
    if (d.targets.length) state.tracing && state.note(s.index, RULE, `target of "${d.text.slice(0, 40)}": ${d.targets.map((k) => state.entity(k)?.name).join(", ")}`);
  }
};

/** The actors the mentions name, each once, other than the one who asks and only those still known. */
function targetsOf(state: SummarizeState, d: Draft, found: Mention[]): string[] {
  const actor = state.resolve(d.actor);
  const out: string[] = [];
  // A key left out once is left out again: only the first sighting of each key counts.
  for (const m of found) {
    const k = state.resolve(m.key);
    if (k !== actor && !out.includes(k) && state.entity(k)) out.push(k);
  }
  return out;
}

/** "Sofia and Ankara should agree": both subjects, not only the nearer one. */
function coordinated(state: SummarizeState, s: Sentence, m: Mention): Mention[] {
  const toks = s.tokens;
  const and = m.t0 - (tokenAt(toks, m.t0 - 1)?.low === "the" ? 2 : 1);
  const first = tokenAt(toks, and)?.low === "and" ? state.mentionEndingAt(s, and) : undefined;
  return first ? [first, m] : [m];
}

/** "urged X to ..." */
function objectOfVerb(state: SummarizeState, s: Sentence, d: Draft): Mention[] | null {
  const f = d.frame;
  if (!f.objectTo) return null;
  const list = actorListAt(s, f.v1);
  return list.length ? list : null;
}

/** "The vote cannot go ahead until the Chilean people have spoken": a later cue names who, when the first does not. */
function otherCues(state: SummarizeState, s: Sentence, d: Draft): Mention[] | null {
  for (let t = d.from; t < d.to; t++) {
    if (d.cue && t === d.cue.t0) continue;
    const c = cueAt(state, s, t, d.from);
    if (c?.hit.kind !== "demand") continue;
    const found = fromCue(state, s, d, c);
    if (found?.length) return found;
  }
  return null;
}

function fromCue(state: SummarizeState, s: Sentence, d: Draft, cue: Draft["cue"]): Mention[] | null {
  if (!cue) return null;
  const toks = s.tokens;
  switch (cue.hit.target) {
    case "subject": {
      const e = subjectEnd(state, s, cue.t0);
      const m = subjectEndingAt(state, s, e);
      if (m) return coordinated(state, s, m);
      // "the company had failed ... and must produce": the subject the clause began with.
      if (toks[e - 1]?.low !== "and") return null;
      const first = s.mentions.find((x) => x.role === "actor" && x.t0 >= d.from && x.t0 <= d.from + 1 && subjectLike(state, s, x));
      return first ? [first] : null;
    }
    case "object_to":
    case "next": {
      const t = toks[cue.t1]?.low === "that" ? cue.t1 + 1 : cue.t1;
      const list = actorListAt(s, t);
      return list.length ? list : null;
    }
    case "for_to": {
      const list = actorListAt(s, cue.t1);
      if (list.length && toks[list.at(-1)!.t1]?.low === "to") return list;
      // "set a deadline of June 30 for Valmont to submit": the "for X to" may come a few words on.
      for (let t = cue.t1; t < d.to && t - cue.t1 < 8; t++) {
        if (toks[t]!.low !== "for") continue;
        const later = actorListAt(s, t + 1);
        if (later.length && toks[later.at(-1)!.t1]?.low === "to") return later;
      }
      return null;
    }
    case "possessor": {
      const m = s.mentions.find((x) => x.role === "actor" && x.t1 === cue.t0);
      return m ? [m] : null;
    }
    case "from": {
      for (let t = cue.t1; t < d.to; t++) if (toks[t]!.low === "from") return actorListAt(s, t + 1);
      // "conditional on Armenia changing its constitution": the one who must act comes right after.
      const next = actorListAt(s, cue.t1);
      return next.length ? next : null;
    }
    default:
      return null;
  }
}

/** The first actor ending at e, not after "to" nor owning what follows ("Kyiv | must", not "to Kyiv" or "Kyiv's"). */
function subjectEndingAt(state: SummarizeState, s: Sentence, e: number): Mention | undefined {
  const toks = s.tokens;
  const m = state.mentionEndingAt(s, e);
  return m && tokenAt(toks, m.t0 - 1)?.low !== "to" && toks[m.t1]?.low !== "'s" ? m : undefined;
}

/** "demands that Kyiv relinquish ...": the subject of what a demand verb asks. */
function complementSubject(state: SummarizeState, s: Sentence, d: Draft): Mention[] | null {
  const f = d.frame;
  // "demanded that wealthy nations commit ... as talks on who should pay went on": the verb's own demand first.
  if (f.kind !== "demand" || f.objectTo || (d.cue && d.cue.t0 <= d.from + 1) || s.tokens[d.from - 1]?.low !== "that") return null;
  const list = actorListAt(s, d.from);
  return list.length ? list : null;
}

/** "If X does ..., we will": X. */
function fromCondition(state: SummarizeState, s: Sentence, d: Draft): Mention[] | null {
  const toks = s.tokens;
  for (let t = d.from; t < d.to; t++) {
    // "if X ...", "unless the government agreed ...", "provided that the ministry put ...", "once X stopped ...": X must act;
    // "the blockade would stay until Hidrovale sent ..." too, unless the verb named whom it asked ("asked him to wait until ...").
    if (conditionAt(toks, t) < 0 && (toks[t]!.low !== "until" || d.frame.objectTo)) continue;
    // "until" names a deed's doer only as its subject ("until all the demands were met" names none).
    const reach = toks[t]!.low === "until" ? 2 : 8;
    const m = actorAfter(s, t, t + reach, d.to);
    return m ? [m] : null;
  }
  return null;
}

/** The first actor starting in (t, last] and ending before `to`. */
function actorAfter(s: Sentence, t: number, last: number, to: number): Mention | undefined {
  for (const x of s.mentions) if (x.role === "actor" && x.t0 > t && x.t0 <= last && x.t1 < to) return x;
  return undefined;
}

/** "must come from X": X is who must act. */
function comeFrom(state: SummarizeState, s: Sentence, d: Draft): Mention[] | null {
  for (let t = d.from; t + 2 < d.to; t++) {
    const low = s.tokens[t]!.low;
    if ((low !== "come" && low !== "comes") || s.tokens[t + 1]!.low !== "from") continue;
    const list = actorListAt(s, t + 2);
    if (list.length) return list;
  }
  return null;
}

export default find_targets;
