// split_compound_demands: one statement that makes two demands makes two points.
//   "firm on two points: no territorial concessions and the necessity for Ukraine to drop its bid"
//     -> rejection "no territorial concessions" + demand "the necessity for Ukraine to drop its bid"
//   "no territorial concessions, and Ukraine must drop its NATO bid" -> the same two points
//   "the union must call off the strike and the company must reopen talks" -> two demands
//   "talks need to consider Russia's security and promote a framework" -> one demand (one cue)
import type { Rule } from "../rule.ts";
import type { Draft, SummarizeState } from "../state.ts";

const RULE = "split_compound_demands";

const split_compound_demands: Rule = (state) => {
  const added: Draft[] = [];
  for (const d of state.drafts) {
    if (d.kind !== "demand" || !d.cue) continue;
    const s = state.sentence(d.sent)!;
    const toks = s.tokens;
    for (let t = d.from + 1; t < d.to - 1; t++) {
      if (toks[t]!.low !== "and" && toks[t]!.text !== ";") continue;
      const left = start(state, d, t);
      const leftHasNo = toks[left]?.low === "no";
      const rightCue = cueIn(state, d, t + 1, d.to);
      const leftCue = d.cue.t0 >= left && d.cue.t0 < t;
      if (!rightCue || (!leftHasNo && !leftCue)) continue;
      const a = trimEnd(state, d, left, t);
      const first: Draft = { ...d, from: left, to: a, kind: leftHasNo && !leftCue ? "rejection" : "demand", targets: [], why: [...d.why, "split: first part"], split: true, text: state.surface(s, left, a) };
      if (!leftCue) first.cue = undefined;
      d.from = t + 1;
      d.cue = rightCue;
      d.split = true;
      d.text = state.surface(s, d.from, d.to);
      d.why.push("split: second part");
      added.push(first);
      if (state.tracing) state.note(s.index, RULE, () => `split at "${toks[t]!.text}": "${first.text}" | "${d.text}"`);
      break;
    }
  }
  state.drafts.push(...added);
};

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

function cueIn(state: SummarizeState, d: Draft, from: number, to: number): Draft["cue"] {
  const s = state.sentence(d.sent)!;
  for (let t = from; t < to; t++) {
    const m = state.lex.cues.match(s.tokens, t);
    if (m && m.values[0]!.kind === "demand") return { t0: t, t1: m.end, hit: m.values[0]! };
  }
  return undefined;
}

export default split_compound_demands;
