// find_acting_groups: a plural noun that names people acting as one.
//   "Critics accused the ministry of ..." -> the group critics
//   "urged passengers to check their flights" -> passengers, asked to act
//   "critics of the plan said" -> the group critics of the plan
//   "Labour Party supporters" -> nothing here (the name before it owns them)
//   "both governments" -> nothing (the two parties the article names)
//   "Hundreds of Munduruku Indigenous people blocked the road" -> the group Munduruku Indigenous people
//   "urged forestry companies to ..." -> the group forestry companies ("several companies": companies)
//   "opposition lawmakers ... the lawmakers" -> one group, when one modifier was used with the noun
// Groups that never speak and are never asked to act are dropped later.
import { ensureGroup, groupKey } from "../text/people.ts";
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { dictAt } from "../text/names.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { asciiLowercase } from "../text/tokens.ts";

const RULE = "find_acting_groups";

const find_acting_groups: Rule = (state) => {
  const groups = state.lex.words.actingGroups;
  // "opposition lawmakers ... lawmakers": the bare noun later is the group the article named with its modifier (when one).
  const modified = new Map<string, string | null>();
  for (const s of state.sentences) {
    // No word of the sentence is a community noun or opens an acting group: nothing below can start.
    if (s.skip || s.headline || !(s.flags & (WordFlag.COMMUNITY_NOUN | WordFlag.GROUP_OPENER))) continue;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      // The cheap test first: the word's bits say whether it is a community noun or can open an acting group.
      const t = toks[i]!;
      if (!(t.flags & (WordFlag.COMMUNITY_NOUN | WordFlag.GROUP_OPENER))) continue;
      if (t.flags & WordFlag.COMMUNITY_NOUN && !t.cap && namedCommunity(state, s, i)) continue;
      if (!(t.flags & WordFlag.GROUP_OPENER)) continue;
      const m = groups.match(toks, i);
      if (!m) continue;
      const prev = tokenAt(toks, i - 1);
      // A name or a capitalised word before the noun makes it someone's people ("Labour supporters").
      // "both governments": the parties the article already names, not a group of its own.
      if ((prev?.cap && i - 1 > 0) || prev?.low === "both" || state.claimed(s, i, m.end) || owned(s, i)) continue;
      let t1 = m.end;
      let nameEnd = t1;
      // "critics of the plan": the object of the criticism is part of the group's name.
      if (state.lex.words.ofGroupHeads.has(toks[m.end - 1]!.low) && toks[t1]?.low === "of") {
        const w = toks[t1 + 1]?.low === "the" ? t1 + 2 : t1 + 1;
        const known = state.mentionAt(s, w);
        if (known) nameEnd = known.t1;
        else if (toks[w]?.word) t1 = nameEnd = w + 1;
      }
      // "Danish pork producers": a demonym and a word or two of trade before the noun name the group.
      const demonym = demonymBefore(state, s, i);
      const from = demonym ?? (modifierBefore(state, s, i) ? i - 1 : i);
      if (demonym !== undefined) state.removeMention(s, state.mentionAt(s, demonym)!);
      const name = state.surface(s, from, nameEnd);
      const head = state.surface(s, i, nameEnd).toLowerCase();
      let key = groupKey(name);
      if (from === i - 1 && demonym === undefined) modified.set(head, modified.has(head) && modified.get(head) !== key ? null : key);
      else if (from === i && modified.get(head)) key = modified.get(head)!;
      ensureGroup(state, key, name);
      if (!state.addMention(s, { t0: from, t1, key, role: "actor", rule: RULE, plural: true })) continue;
      if (state.tracing) state.note(s.index, RULE, `"${name}" -> a group acting as one`);
      i = t1 - 1;
    }
  }
};

/** "Munduruku Indigenous people": capitalised words no rule has placed, then a community noun at i. */
function namedCommunity(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  let a = i;
  while (a > 0 && toks[a - 1]!.cap && toks[a - 1]!.flags & WordFlag.NAME_WORD && !state.mentionAt(s, a - 1) && !dictAt(state, s, a - 1)) a--;
  if (a === i || state.claimed(s, a, i + 1)) return false;
  const name = state.surface(s, a, i + 1);
  const key = groupKey(name);
  ensureGroup(state, key, name);
  // "Hundreds of ...": the number opens the clause the group is subject of.
  const t0 = tokenAt(toks, a - 1)?.low === "of" && state.lex.words.quantities.has(tokenAt(toks, a - 2)?.low ?? "") ? a - 2 : a;
  if (!state.addMention(s, { t0, t1: i + 1, key, role: "actor", rule: RULE, plural: true, nameT0: a })) return false;
  if (state.tracing) state.note(s.index, RULE, `"${name}" -> a people acting as one`);
  return true;
}

/** Where a demonym stands one or two plain lowercase words before i ("Danish pork producers"), or undefined. */
function demonymBefore(state: SummarizeState, s: Sentence, i: number): number | undefined {
  const toks = s.tokens;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const t = toks[k]!;
    if (t.cap) {
      const m = state.mentionAt(s, k);
      return m && m.role === "known" && m.t0 === k && m.t1 === k + 1 && k < i - 1 ? k : undefined;
    }
    if (!asciiLowercase(t.text) || state.lex.words.prepositions.has(t.low) || state.lex.words.auxiliaries.has(t.low) || t.flags & WordFlag.VERB || state.mentionAt(s, k)) return undefined;
  }
  return undefined;
}

/** Words that modify no group noun: verbs, pronouns and the closed lists of function words. */
const NOT_MODIFIERS = WordFlag.VERB | WordFlag.PRONOUN | WordFlag.PREPOSITION | WordFlag.AUXILIARY | WordFlag.ADVERB | WordFlag.MODAL | WordFlag.NEGATION | WordFlag.CLAUSE_OPENER;

/**
 * "urged forestry companies to", "opposition lawmakers have demanded": one plain word of kind
 * before the noun names the group, not a word of number, a verb or a function word.
 */
function modifierBefore(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  const t = tokenAt(toks, i - 1);
  if (!t) return false;
  // A plain lowercase word; capitalised only as the sentence's first word ("Opposition lawmakers demanded").
  const plain = /^[a-z][a-z-]+[a-z]$/.test(t.text) || (i - 1 === s.dateline && /^[A-Z][a-z-]+[a-z]$/.test(t.text));
  if (!plain || t.flags & NOT_MODIFIERS || /(?:ly|ing|ed)$/.test(t.low) || state.mentionAt(s, i - 1)) return false;
  const w = state.lex.words;
  if (w.groupQuantifiers.has(t.low) || w.imperatives.has(t.low) || w.nonNames.has(t.low) || w.quantities.has(t.low)) return false;
  // The word opens the phrase: nothing but a determiner, a preposition, a verb or a mark before it ("large state-owned companies" keeps only the noun).
  const before = tokenAt(toks, i - 2);
  // "would not cross pilots' picket lines": after these the word is a verb.
  if (before && before.word && before.flags & (WordFlag.AUXILIARY | WordFlag.MODAL | WordFlag.NEGATION)) return false;
  // "which represents teachers' unions": so it is after a relative pronoun, unless the noun is the clause's subject ("which senior doctors said").
  if (before && before.flags & WordFlag.RELATIVE_PRONOUN && !((toks[i + 1]?.flags ?? 0) & (WordFlag.VERB | WordFlag.AUXILIARY | WordFlag.MODAL))) return false;
  return !before || !before.word || w.nonNames.has(before.low) || (before.flags & WordFlag.PREPOSITION) !== 0 || (!before.cap && (before.flags & WordFlag.VERB) !== 0);
}

/** "the alliance's 32 member countries", "its members": someone's own, not a group of their own. */
function owned(s: Sentence, i: number): boolean {
  let k = i - 1;
  if (/^\d+$/.test(tokenAt(s.tokens, k)?.text ?? "")) k--;
  const low = tokenAt(s.tokens, k)?.low ?? "";
  return low === "'s" || low === "its" || low === "their";
}

export default find_acting_groups;
