// find_speaker_names: a capitalised name of two or more words as the subject
// of a reporting verb, before or after it, is a person.
//   "Maria Olsen said the deal was fair." -> Maria Olsen
//   "“It is over,” said Maria Olsen." -> Maria Olsen
//   "..., said Grace Okello of Uganda, who ..." -> Grace Okello
//   "Grace Okello of the Civic party said ..." -> Grace Okello
//   "Acme Widgets said ..." -> nothing when an organisation rule placed it first
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { isNameWord, nameRun } from "../text/names.ts";
import { addPerson } from "../text/people.ts";
import { subjectEnd, verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "find_speaker_names";

const find_speaker_names: Rule = (state) => {
  for (const s of state.sentences) {
    // Every name tried is a nameRun, which opens with a name word: a sentence without one has none.
    if (s.skip || s.titleCase || !(s.flags & WordFlag.NAME_WORD)) continue;
    // A name before the verb is two or more name words side by side that no mention holds (nameStart walks back
    // over such words only, and mentions are only added): in a sentence without such a pair those tries find
    // nothing, and the reads behind them change nothing. Asked at the first verb that gets this far, before
    // this rule adds a mention to the sentence, so the answer is the one the sentence began with.
    let pair: boolean | undefined;
    for (const v of verbSpans(state, s)) {
      if (v.hit.participle) continue;
      // "X was recalled by Y": X did not speak.
      if (s.tokens[v.t1]?.low === "by" && /^(?:is|are|was|were|been|be)$/.test(tokenAt(s.tokens, v.t0 - 1)?.low ?? "")) continue;
      if ((pair ??= hasFreeNameWordPair(state, s))) {
        const end = subjectEnd(state, s, v.t0);
        if (end > 0 && !state.mentionAt(s, end - 1)) tryName(state, s, nameStart(state, s, end), end, v.t0);
        // "Federico Lanza of the Civic Renewal party said": the name before the body it belongs to.
        else if (end > 0) {
          const of = ofBefore(state, s, end);
          if (of > 0) tryName(state, s, nameStart(state, s, of), of, v.t0);
        }
        // "the European Commissioner for Crisis Management, Janika Sooster-Valk, said": the name set off right before the verb.
        const set = setOffName(state, s, v.t0);
        if (set) tryName(state, s, set[0], set[1], v.t0);
      }
      // "..., said Maria Olsen.", but not "he told Formulary Weekly.": a subject before the verb makes the name its object.
      if (tokenAt(s.tokens, v.t0 - 1)?.word) continue;
      // A name run opens with a name word, and one a mention holds is claimed: the cheap tests before nameRun.
      if (!isNameWord(state, s.tokens[v.t1]) || state.mentionAt(s, v.t1)) continue;
      const n1 = nameRun(state, s, v.t1);
      if (n1 - v.t1 >= 2 && (/^[,.;]?$/.test(s.tokens[n1]?.text ?? "") || /^(?:of|from)$/.test(s.tokens[n1]!.low))) tryName(state, s, v.t1, n1, v.t0);
    }
  }
};

/** Two name words side by side in sentence s, neither of them in a mention. */
function hasFreeNameWordPair(state: SummarizeState, s: Sentence): boolean {
  for (let r = 0; r < s.nameRuns.length; r += 2) {
    let free = false;
    for (let i = s.nameRuns[r]!; i < s.nameRuns[r + 1]!; i++) {
      const wasFree = free;
      free = !state.mentionAt(s, i);
      if (free && wasFree) return true;
    }
  }
  return false;
}

/** Where "of" / "from" stands before the actor that ends at `end` ("Ana Ode | of the union"), or -1. */
function ofBefore(state: SummarizeState, s: Sentence, end: number): number {
  const m = state.mentionEndingAt(s, end);
  if (!m) return -1;
  const k = tokenAt(s.tokens, m.t0 - 1)?.low === "the" ? m.t0 - 2 : m.t0 - 1;
  return /^(?:of|from)$/.test(tokenAt(s.tokens, k)?.low ?? "") ? k : -1;
}

function nameStart(state: SummarizeState, s: Sentence, end: number): number {
  let i = end;
  // Back over name words, but not into a name already placed ("Department of Agriculture | Fergal Tormey").
  while (i > 0 && end - i < 4 && isNameWord(state, s.tokens[i - 1]) && !state.mentionAt(s, i - 1)) i--;
  return i;
}

/** A name alone between two commas right before the verb, after a description: [t0, t1), or null. */
function setOffName(state: SummarizeState, s: Sentence, v: number): [number, number] | null {
  const toks = s.tokens;
  if (tokenAt(toks, v - 1)?.text !== ",") return null;
  const t1 = v - 1;
  const t0 = nameStart(state, s, t1);
  return t1 - t0 >= 2 && tokenAt(toks, t0 - 1)?.text === "," && t0 >= 3 ? [t0, t1] : null;
}

function tryName(state: SummarizeState, s: Sentence, t0: number, t1: number, v: number): void {
  if (t1 - t0 < 2 || state.claimed(s, t0, t1) || nameRun(state, s, t0) !== t1) return;
  // "Minister for Climate Crisis and Civil Protection, Ana Ode, told": the end of a longer capitalised phrase, no person.
  if (/^(?:and|for|of|&)$/.test(tokenAt(s.tokens, t0 - 1)?.low ?? "") && tokenAt(s.tokens, t0 - 2)?.cap) return;
  // "Junior doctors at Royal Infirmary rejected": a name after a preposition is its object, unless a clause opens
  // there ("after Ana Ode said") or people speak for it ("analysts at Tidewater Securities said").
  const before = tokenAt(s.tokens, t0 - 1)?.flags ?? 0;
  if (before & WordFlag.PREPOSITION && !(before & WordFlag.CLAUSE_OPENER) && !((tokenAt(s.tokens, t0 - 2)?.flags ?? 0) & WordFlag.PEOPLE_NOUN)) return;
  if (addPerson(state, s, t0, t0, t1, RULE)) state.tracing && state.note(s.index, RULE, `person "${state.surface(s, t0, t1)}" speaks ("${s.tokens[v]!.text}")`);
}

export default find_speaker_names;
