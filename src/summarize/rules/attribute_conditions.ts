// attribute_conditions: an actor that sets terms speaks, whatever the verb.
//   "Baku has made the signing conditional on Yerevan changing its constitution"
//     -> Azerbaijan's demand, though "made" reports nothing
//   "The guild has set as a condition of any deal a cap on rents" -> the guild's demand
//   "Sorin said talks were conditional on a truce" -> nothing here (Sorin's statement already covers it)
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { cueAt } from "../text/cues.ts";
import { cueWords, termsMayStand, termsMayStart } from "../text/cue_words.ts";
import { frame, framed, quoteEnd } from "../text/frames.ts";
import { quoted, subjectLike } from "../text/subject.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "attribute_conditions";

const attribute_conditions: Rule = (state) => {
  const words = cueWords(state.lex);
  for (const s of state.sentences) {
    if (!(s.flags & WordFlag.TERMS) || s.skip || s.index < 0 || s.mentions.length === 0 || !termsMayStand(words, s.tokens)) continue;
    for (let t = 1; t < s.tokens.length; t++) {
      // cueAt finds a cue that sets terms only where its first words stand.
      if (!(s.tokens[t]!.flags & WordFlag.CUE) || !termsMayStart(words, s.tokens, t) || framed(state, s, t)) continue;
      const cue = cueAt(state, s, t, 0);
      if (!cue?.hit.setsTerms) continue;
      const subj = subjectBefore(state, s, t);
      if (!subj) continue;
      const inQuote = quoted(s);
      frame(state, s, { actor: subj.key, s0: subj.t0, s1: subj.t1, v0: subj.t1, v1: subj.t1, kind: "demand", objectTo: false, c0: subj.t1, c1: quoteEnd(s, t, inQuote), rule: RULE, how: `sets terms: "${cue.hit.phrase}"` });
      break;
    }
  }
};

/** The actor whose clause holds the cue: the last subject before it, with no clause break between. */
function subjectBefore(state: SummarizeState, s: Sentence, t: number): { key: string; t0: number; t1: number } | undefined {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.t1 > t || m.role !== "actor") continue;
    if (clauseBreakBetween(s, m.t1, t)) return undefined;
    return subjectLike(state, s, m) ? m : undefined;
  }
  return undefined;
}

/** A semicolon or a quotation mark among the tokens [a, b). */
function clauseBreakBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = s.tokens[k]!.text;
    if (x === ";" || x === "“" || x === "”") return true;
  }
  return false;
}

export default attribute_conditions;
