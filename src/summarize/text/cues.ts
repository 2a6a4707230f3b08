// Whether a cue phrase found in a statement really cues there: the words it
// must not follow, the look-ahead a condition needs, the "X to do" a verb of
// wanting needs.
import type { CueHit } from "../lexicon/types.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";

export interface CueAt {
  t0: number;
  t1: number;
  hit: CueHit;
}

/** The cue starting at t in a statement beginning at `from`, if it holds there. */
export function cueAt(state: SummarizeState, s: Sentence, t: number, from: number): CueAt | undefined {
  const toks = s.tokens;
  if (!(toks[t]!.flags & WordFlag.CUE)) return undefined;
  const m = state.lex.cues.match(toks, t, (h, a, b) => !h.notAfter.has(toks[t - 1]?.low ?? "") && (!h.needsModal || looksAhead(state, s, from, t)) && (h.target !== "object_to" || objectTo(state, s, b)));
  return m ? { t0: t, t1: m.end, hit: m.values[0]! } : undefined;
}

/** "would sign only after ...", "no signature until ...": a modal, negation or readiness before the condition. */
function looksAhead(state: SummarizeState, s: Sentence, from: number, t: number): boolean {
  for (let k = Math.max(0, from); k < t; k++) if (state.lex.words.modals.has(s.tokens[k]!.low)) return true;
  return false;
}

/** "expects our partners to call", "needs Azerbaijan to respect": an object, then "to" and a verb. */
function objectTo(state: SummarizeState, s: Sentence, j: number): boolean {
  const toks = s.tokens;
  if (toks[j]?.low === "to" || toks[j]?.low === "that") return false;
  for (let k = j; k < toks.length && k - j < 7; k++) {
    const t = toks[k]!;
    if (t.low === "to") return k > j && /^[a-z]/.test(toks[k + 1]?.text ?? "");
    if (!t.word || state.lex.words.complementizers.has(t.low)) return false;
  }
  return false;
}
