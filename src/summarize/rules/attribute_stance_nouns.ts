// attribute_stance_nouns: a stance named by a noun belongs to its owner.
//   "Harlan's suggestion that land swaps could bring peace" -> Harlan (position)
//   "the Kremlin's long-standing opposition to guarantees" -> Russia (rejection)
//   "Offers from the United States to restore trade" -> United States (offer)
//   "Japan has long held the view that ..." -> Japan (what follows "that")
import { verbAt } from "../text/verbs.ts";
import type { Rule } from "../rule.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { frame, quoteEnd } from "../text/frames.ts";
import { possessive, quoted, subjectLike } from "../text/subject.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { sentenceMayHold } from "../text/sentence_may_hold.ts";

const RULE = "attribute_stance_nouns";
/** Marks, never words. */
const CLAUSE_END = new Set([",", ";", ":", ".", "—", "–", "!", "?", "”", '"']);
/** Verbs that end a noun's clause ("the offer from X is ..."). */
const CLAUSE_VERBS = new Set(["is", "are", "was", "were", "has", "have", "had"]);
const FROM_BY = new Set(["from", "by"]);

const attribute_stance_nouns: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip || s.mentions.length === 0 || !(s.flags & WordFlag.NOUN)) continue;
    // A stance noun's clause opens with "that".
    const mayHoldThat = sentenceMayHold(state.lex, s, "that");
    for (const m of s.mentions) {
      if (m.role !== "actor") continue;
      if (possessive(s, m) && !objectOfReportingVerb(state, s, m.t0)) owned(state, s, m.key, m.t0, m.t1, m.t1 + 1);
      else if (mayHoldThat) stanceThat(state, s, m);
    }
    fromOwner(state, s);
  }
};

function kindOf(state: SummarizeState, word: string) {
  const kind = state.lex.nouns.get(word);
  return kind === "demand" && !state.lex.words.demandNouns.has(word) ? "position" : kind;
}

/** "X's (up to two modifiers) NOUN ..." */
function owned(state: SummarizeState, s: Sentence, key: string, s0: number, s1: number, from: number): void {
  const toks = s.tokens;
  for (let j = from; j < from + 3 && j < toks.length; j++) {
    const t = toks[j]!;
    // A word without the NOUN bit is no key of the nouns.
    const kind = t.flags & WordFlag.NOUN ? kindOf(state, t.low) : undefined;
    if (kind) {
      if ((t.low === "call" || t.low === "calls") && !/^(?:for|to)$/.test(toks[j + 1]?.low ?? "")) return;
      // "rejected Peru's offer as insufficient": the stance is named, not told.
      if (!state.lex.words.stanceOpeners.has(toks[j + 1]?.low ?? "")) return;
      frame(state, s, { actor: key, s0, s1, v0: j, v1: j + 1, kind, objectTo: false, c0: j, c1: clauseEnd(s, j + 1), rule: RULE, how: `"${t.text}" of X` });
      return;
    }
    if (t.cap || !t.word || t.flags & WordFlag.PREPOSITION) return;
  }
}

/** "expressed Russia's willingness": the stance is the speaker's, told in another's name. */
function objectOfReportingVerb(state: SummarizeState, s: Sentence, t0: number): boolean {
  const prev = tokenAt(s.tokens, t0 - 1)?.low === "the" ? t0 - 2 : t0 - 1;
  return prev >= 0 && verbEndsAt(state, s, prev + 1);
}

function verbEndsAt(state: SummarizeState, s: Sentence, end: number): boolean {
  for (let k = Math.max(0, end - 3); k < end; k++) {
    // A verb phrase starts at a word with the VERB bit.
    if (!(s.tokens[k]!.flags & WordFlag.VERB)) continue;
    const m = verbAt(state, s.tokens, k);
    if (m && m.end === end) return m.values[0]!.conveys;
  }
  return false;
}

/** "NOUN from/by X ...": "offers from the United States to restore trade". */
function fromOwner(state: SummarizeState, s: Sentence): void {
  const toks = s.tokens;
  // The noun stands two tokens before an actor; mentions are in the order of the text.
  for (const m of s.mentions) {
    const j = m.t0 - 2;
    if (m.role !== "actor" || j < 0 || !(toks[j]!.flags & WordFlag.NOUN) || !FROM_BY.has(toks[j + 1]!.low)) continue;
    const kind = kindOf(state, toks[j]!.low);
    if (!kind) continue;
    frame(state, s, { actor: m.key, s0: m.t0, s1: m.t1, v0: j, v1: j + 1, kind, objectTo: false, c0: j, c1: clauseEnd(s, m.t1), rule: RULE, how: `"${toks[j]!.text}" from X` });
  }
}

/** "X had established the stance that ...": a stance noun, then "that", close after the subject. */
function stanceThat(state: SummarizeState, s: Sentence, m: Mention): void {
  const toks = s.tokens;
  const j = nounThat(state, s, m.t1);
  if (j < 0 || !subjectLike(state, s, m)) return;
  let noun = j - 1;
  while (!(toks[noun]!.flags & WordFlag.NOUN)) noun--;
  frame(state, s, { actor: m.key, s0: m.t0, s1: m.t1, v0: noun, v1: j + 1, kind: "position", objectTo: false, c0: j + 1, c1: quoteEnd(s, j, quoted(s)), rule: RULE, how: `"${toks[noun]!.text}" that` });
}

/** The "that" after a stance noun within a few words of `from`, in the same clause; -1 when there is none. */
function nounThat(state: SummarizeState, s: Sentence, from: number): number {
  const toks = s.tokens;
  let noun = false;
  for (let j = from; j < toks.length && j - from < 8; j++) {
    const t = toks[j]!;
    if ((!t.word && CLAUSE_END.has(t.text)) || t.flags & WordFlag.VERB) return -1;
    if (t.flags & WordFlag.NOUN) noun = true;
    else if (t.low === "that" && noun) return j;
  }
  return -1;
}

/** The end of the noun's clause: punctuation, a verb after it, or the end of a quotation. */
function clauseEnd(s: Sentence, from: number): number {
  const end = quoteEnd(s, from, quoted(s));
  for (let j = from; j < end; j++) {
    const t = s.tokens[j]!;
    if (t.word ? CLAUSE_VERBS.has(t.low) : CLAUSE_END.has(t.text)) return j;
  }
  return end;
}

export default attribute_stance_nouns;
