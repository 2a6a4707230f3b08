// find_acronym_bodies: a word in capitals that no dictionary knows and the article never
// spells out names a body when it acts or is asked to ("UEFA said", "urged WADA to").
//   "UEFA president Jorgen Halvorsen said" -> nothing here (the president speaks)
//   "UEFA has given Italy until March" / "urged UEFA not to" -> the body UEFA
//   "the CEO said", "GDP grew" -> nothing (words.json "non_body_acronyms")
//   "UEFA Champions League" -> nothing (part of a longer name)
// Bodies that never act and are never asked to are dropped later.
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { dictAt } from "../text/names.ts";
import { verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { firstCapitalFrom } from "../text/capitals.ts";

const RULE = "find_acronym_bodies";
const ROMAN = /^[IVXLCDM]+$/;

const find_acronym_bodies: Rule = (state) => {
  // First the words in capitals that could be bodies, then those that act or are asked to
  // somewhere in the article: once one has, each of its mentions names the body.
  const found: [Sentence, number][] = [];
  const acting = new Set<string>();
  const { sentences } = state;
  for (const s of sentences) {
    if (s.skip || s.titleCase) continue;
    const from = found.length;
    addCandidates(state, s, found);
    for (let k = from; k < found.length; k++) {
      const i = found[k]![1];
      if (speaks(state, s, i) || asked(state, s, i) || heads(state, s, i)) acting.add(s.tokens[i]!.text);
    }
  }
  for (const [s, i] of found) {
    const t = s.tokens[i]!;
    if (!acting.has(t.text)) continue;
    const key = "org:" + t.low;
    state.ensure(key, "organisation", t.text, false);
    if (state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false }) && state.tracing)
      state.note(s.index, RULE, `"${t.text}" -> organisation (capitals no dictionary knows)`);
  }
};

/**
 * Words in capitals no dictionary knows and no rule has placed, standing alone (not opening a longer name),
 * looked for at the sentence's capitalised tokens and added to `found` in order.
 */
function addCandidates(state: SummarizeState, s: Sentence, found: [Sentence, number][]): void {
  const skip = state.lex.words.nonBodyAcronyms;
  const { tokens: toks, caps } = s;
  const from = found.length;
  for (let c = firstCapitalFrom(caps, s.dateline); c < caps.length; c++) {
    const i = caps[c]!;
    const t = toks[i]!;
    // A name word is no acronym (isNameWord): the bit answers before the word's letters are read.
    if (t.flags & WordFlag.NAME_WORD || !capitals(t.text) || ROMAN.test(t.text) || skip.has(t.low) || t.flags & WordFlag.TITLE) continue;
    // "UEFA Champions League", "the NHS Confederation": the capitals open a longer name.
    const next = toks[i + 1];
    if ((next?.cap && next.word) || (tokenAt(toks, i - 1)?.cap && toks[i - 1]!.word && i - 1 >= s.dateline && toks[i - 1]!.low !== "the") || state.mentionAt(s, i) || dictAt(state, s, i)) continue;
    found.push([s, i]);
  }
  // Only a sentence that has a candidate is read whole, to see whether it is in capitals throughout.
  if (found.length > from && shouting(s)) found.length = from;
}

/** "UEFA president Jorgen Halvorsen": a title after the capitals makes them the body the person serves. */
function heads(state: SummarizeState, s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  return !!next && !next.cap && !!titleAt(state, s.tokens, i + 1);
}

/** "UEFA said", "UEFA has warned": a reporting verb right after, not a noun before another verb ("the EES rules allowed"). */
function speaks(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  const w = state.lex.words;
  let j = i + 1;
  while (j < i + 3 && (w.auxiliaries.has(toks[j]?.low ?? "") || w.modals.has(toks[j]?.low ?? "") || w.adverbs.has(toks[j]?.low ?? ""))) j++;
  const v = verbSpans(state, s).find((x) => x.t0 === j);
  const after = v ? toks[v.t1] : undefined;
  return !!v && !(after && !after.cap && (after.flags & WordFlag.VERB || /[a-z]ed$/.test(after.text)) && !w.prepositions.has(after.low));
}

/** "urged UEFA to", "urged UEFA not to", "called on WADA to", "I expect UEFA to": the one a verb of asking names. */
function asked(state: SummarizeState, s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1]?.low;
  if (!(next === "to" || (next === "not" && s.tokens[i + 2]?.low === "to"))) return false;
  const at = tokenAt(s.tokens, i - 1)?.low === "the" ? i - 1 : i;
  const v = verbSpans(state, s).find((x) => x.t1 === at);
  if (v?.hit.objectTo) return true;
  // "I expect UEFA to": a cue that asks someone to act.
  const before = tokenAt(s.tokens, at - 1);
  return !!before && (before.flags & WordFlag.CUE) !== 0 && state.lex.cues.get([before.low]).some((h) => h.target === "object_to");
}

/** Three to six ASCII capitals: "UEFA", "WADA". */
function capitals(text: string): boolean {
  if (text.length < 3 || text.length > 6) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A line in capitals ("PEACE IN THE REGION"): its words are no acronyms. */
function shouting(s: Sentence): boolean {
  let upper = 0, words = 0;
  for (const t of s.tokens) {
    if (!t.word) continue;
    const c = letterCase(t.text);
    if (c === NO_LETTER) continue;
    words++;
    if (c === ALL_CAPS) upper++;
  }
  return words >= 3 && upper / words > 0.5;
}

const NO_LETTER = 0, SOME_LOWER = 1, ALL_CAPS = 2;

/** Has the word a letter, and does toUpperCase leave it as it is? Plain ASCII by char codes. */
function letterCase(text: string): number {
  let letter = false, lower = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return /\p{L}/u.test(text) ? (text === text.toUpperCase() ? ALL_CAPS : SOME_LOWER) : NO_LETTER;
    if (c >= 97 && c <= 122) letter = lower = true;
    else if (c >= 65 && c <= 90) letter = true;
  }
  return !letter ? NO_LETTER : lower ? SOME_LOWER : ALL_CAPS;
}

export default find_acronym_bodies;
