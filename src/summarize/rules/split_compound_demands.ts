// split_compound_demands: one statement that makes two demands makes two points.
//   "firm on two points: no territorial concessions and the necessity for Ukraine to drop its bid"
//     -> rejection "no territorial concessions" + demand "the necessity for Ukraine to drop its bid"
//   "no territorial concessions, and Ukraine must drop its NATO bid" -> the same two points
//   "the union must call off the strike and the company must reopen talks" -> two demands
//   "talks need to consider Russia's security and promote a framework" -> one demand (one cue)
//   "the firm has to fix this, and it has to fix it now" -> one demand (the second part asks nothing new)
//   "willing to talk, but set as a condition that the strike ends" -> offer + demand
import type { Rule } from "../rule.ts";
import { type Draft, type SummarizeState, draftLike } from "../state.ts";
import { cueAt } from "../text/cues.ts";
import { WordFlag } from "../lexicon/flags.ts";
import type { Token } from "../text/tokens.ts";

const RULE = "split_compound_demands";

const split_compound_demands: Rule = (state) => {
  const added: Draft[] = [];
  for (const d of state.drafts) {
    if (d.kind !== "demand" || !d.cue) continue;
    const s = state.sentence(d.sent)!;
    const toks = s.tokens;
    for (let t = d.from + 1; t < d.to - 1; t++) {
      const low = toks[t]!.low;
      // A ";" is its own lowercase.
      if (low !== "and" && low !== "but" && low !== ";") continue;
      // No demand after the joint, nothing to split off.
      const rightCue = cueIn(state, d, t + 1, d.to, true);
      if (!rightCue) continue;
      const left = start(state, d, t);
      const leftHasNo = toks[left]?.low === "no";
      const leftCue = d.cue.t0 >= left && d.cue.t0 < t;
      // "wants a raise, and has set as a condition a written promise": the verb demands the first part.
      const byVerb = !leftCue && d.frame.kind === "demand" && d.frame.v1 <= left && d.frame.v1 > d.frame.v0;
      // "willing to talk but set as a condition that ...": an offer, then a demand.
      const leftOther = leftCue || byVerb ? undefined : cueIn(state, d, left, t, false);
      if (!leftHasNo && !leftCue && !byVerb && !leftOther) continue;
      // "ready to host Russian and Ukrainian delegations ... provided that": "and" inside a phrase joins no clauses.
      if (!leftCue && !leftHasNo && !opensClause(state, d, t, rightCue.t0)) continue;
      // "Loop has to fix this, and it has to fix it now": one demand said twice.
      if (leftCue && sameDemand(state, d, left, t)) continue;
      const a = trimEnd(state, d, left, t);
      const kind = leftCue || byVerb ? "demand" : leftOther ? (leftOther.hit.kind as Draft["kind"]) : "rejection";
      const first = draftLike(d, { from: left, to: a, kind, targets: [], why: [...d.why, "split: first part"], split: true, text: state.surface(s, left, a) });
      if (!leftCue) first.cue = leftOther;
      d.from = t + 1;
      d.cue = rightCue;
      d.split = true;
      d.text = state.surface(s, d.from, d.to);
      d.why.push("split: second part");
      added.push(first);
      if (state.tracing) state.note(s.index, RULE, `split at "${toks[t]!.text}": "${first.text}" | "${d.text}"`);
      break;
    }
  }
  state.drafts.push(...added);
};

/** After "and"/"but" at t a new clause begins: a comma before it, a subject or auxiliary after it, or its cue right there. */
function opensClause(state: SummarizeState, d: Draft, t: number, cue: number): boolean {
  const toks = state.sentence(d.sent)!.tokens;
  const after = toks[t + 1];
  const next = after?.low ?? "";
  const w = state.lex.words;
  return toks[t - 1]?.text === "," || toks[t]!.text === ";" || cue - t <= 3 || !!after && (after.flags & (WordFlag.AUXILIARY | WordFlag.MODAL)) !== 0 || w.personPronouns.has(next) || w.pluralPronouns.has(next) || w.bodyPronouns.has(next) || w.firstPerson.has(next);
}

/** Start of the left part: after a colon inside the draft, else the draft's start. */
function start(state: SummarizeState, d: Draft, t: number): number {
  const toks = state.sentence(d.sent)!.tokens;
  for (let k = t - 1; k > d.from; k--) if (toks[k]!.text === ":") return k + 1;
  return d.from;
}

function trimEnd(state: SummarizeState, d: Draft, a: number, b: number): number {
  const toks = state.sentence(d.sent)!.tokens;
  while (b > a && /^[,;]$/.test(toks[b - 1]!.text)) b--;
  return b;
}

/** The first cue in [from, to) of a demand (or of another kind, not "none"). */
function cueIn(state: SummarizeState, d: Draft, from: number, to: number, demand: boolean): Draft["cue"] {
  const s = state.sentence(d.sent)!;
  for (let t = from; t < to; t++) {
    const c = cueAt(state, s, t, from);
    if (c && (demand ? c.hit.kind === "demand" : c.hit.kind !== "demand" && c.hit.kind !== "none")) return c;
  }
  return undefined;
}

/** Does the part after `t` ask for nothing the part before does not ("fix this" / "fix it now")? Then it asks something, all of it said before. */
function sameDemand(state: SummarizeState, d: Draft, left: number, t: number): boolean {
  const before = contentWords(state, d, left, t);
  const toks = state.sentence(d.sent)!.tokens;
  let asks = false;
  for (let k = t + 1; k < d.to && k < toks.length; k++) {
    if (!isContentWord(state, toks[k]!)) continue;
    if (!before.has(toks[k]!.low)) return false;
    asks = true;
  }
  return asks;
}

/** The words of [a, b) that say what is asked: no function words, auxiliaries, adverbs or cue words. */
function contentWords(state: SummarizeState, d: Draft, a: number, b: number): Set<string> {
  const toks = state.sentence(d.sent)!.tokens;
  const out = new Set<string>();
  for (let k = a; k < b && k < toks.length; k++) if (isContentWord(state, toks[k]!)) out.add(toks[k]!.low);
  return out;
}

/** A word that says what is asked: no function word, auxiliary, adverb or cue word. */
function isContentWord(state: SummarizeState, x: Token): boolean {
  return x.word && !(x.flags & (WordFlag.AUXILIARY | WordFlag.ADVERB | WordFlag.CUE)) && !state.lex.words.nonNames.has(x.low);
}

export default split_compound_demands;
