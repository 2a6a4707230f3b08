// find_national_bodies: a country's body described rather than named is a body of its own.
//   "Italy's data protection authority ordered ..." -> the body "Italy's data protection authority"
//   "Japan's largest carmaker said" -> the body "Japan's largest carmaker"
//   "India's drug price regulator ... The National Pharmaceutical Pricing Authority" -> the body named next, which it describes
//   "Italy's foreign ministry said" -> nothing here (a ministry is the government: the country speaks)
//   "Brazil's president", "Italy's economy", "Germany's union leaders" -> nothing (no body's kind ends the phrase)
//   "Borealis Airways, Canada's third-largest airline," -> nothing (it describes the body before it)
//   "Germany's passenger rights group Fairplane Forum", "Japan's largest carmaker, Toyota Motor Corp," -> nothing (the name is the body)
// "The authority" later points back to it (resolve_generic_nouns).
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { orgKey } from "../text/orgs.ts";
import { fitOf, fitWords, rank } from "../text/fits.ts";
import { singularOf } from "../text/people.ts";
import { ARTICLES } from "../text/subject.ts";
import { actorAt } from "../text/actor_list.ts";
import { pastParticiple } from "../text/verbs.ts";

const RULE = "find_national_bodies";
/** Plain words that may describe the body between the country and its kind ("data protection", "largest"). */
const MAX_WORDS = 3;
/** Words that are no plain word of a body's description. */
const NOT_PLAIN = WordFlag.PREPOSITION | WordFlag.AUXILIARY | WordFlag.PRONOUN | WordFlag.MODAL | WordFlag.NEGATION | WordFlag.VERB | WordFlag.COMPLEMENTIZER | WordFlag.RELATIVE_PRONOUN | WordFlag.PEOPLE_NOUN;
/** Words after the kind noun that show it ends the phrase ("authority | ordered", "regulator | said", "watchdog | on Tuesday"). */
const PHRASE_ENDS = WordFlag.VERB | WordFlag.AUXILIARY | WordFlag.MODAL | WordFlag.ADVERB | WordFlag.PREPOSITION | WordFlag.RELATIVE_PRONOUN | WordFlag.COMPLEMENTIZER | WordFlag.NEGATION | WordFlag.CLAUSE_OPENER;
/** How many sentences after a description the article may name the body it describes. */
const NAMED_REACH = 2;

const find_national_bodies: Rule = (state) => {
  const described = new Map<string, { kind: string; sent: number }>();
  for (const s of state.sentences) {
    if (s.skip || s.titleCase) continue;
    // The mentions are read from a copy, as the loop replaces some: only a sentence with a country's possessive needs one.
    if (!anyCountryPossessive(state, s)) continue;
    for (const m of [...s.mentions]) {
      if (!countryPossessive(state, s, m)) continue;
      const end = kindAfter(state, s, m.t1 + 1);
      if (end < 0 || apposed(state, s, m.t0, end)) continue;
      const name = state.surface(s, m.t0, end);
      const key = orgKey(name);
      state.removeMention(s, m);
      if (!state.addMention(s, { t0: m.t0, t1: end, key, role: "actor", rule: RULE, plural: false })) {
        state.addMention(s, m);
        continue;
      }
      // The body is its country's: the article still speaks of that country here.
      state.ensure(key, "organisation", name, false).affiliation ??= m.key;
      if (!described.has(key)) described.set(key, { kind: s.tokens[end - 1]!.low, sent: s.index });
      if (state.tracing) state.note(s.index, RULE, `"${name}" -> a body of ${state.entity(m.key)?.name ?? m.key}`);
    }
  }
  // "India's drug price regulator said ... The National Pharmaceutical Pricing Authority (NPPA) wants":
  // the one body the article names soon after that the kind fits is the body described.
  for (const [key, { kind, sent }] of described) {
    const named = namedSoonAfter(state, key, kind, sent);
    if (!named) continue;
    const from = state.entity(key)?.name;
    state.merge(key, named);
    // The body keeps its own name: the description is no form of it to choose from.
    if (from) state.entity(named)?.forms.delete(from);
    if (state.tracing) state.note(null, RULE, `"${from}" is ${state.entity(named)?.name}`);
  }
};

/** "Italy's ...": an actor mention of a country, right before "'s". */
function countryPossessive(state: SummarizeState, s: Sentence, m: Mention): boolean {
  return m.role === "actor" && s.tokens[m.t1]?.low === "'s" && state.entity(m.key)?.kind === "country";
}

function anyCountryPossessive(state: SummarizeState, s: Sentence): boolean {
  for (const m of s.mentions) if (countryPossessive(state, s, m)) return true;
  return false;
}

/**
 * The end of "[plain words] kind-noun" starting at j ("data protection authority"), the kind noun
 * singular and ending the phrase; or -1 ("Brazil's president", "Germany's union leaders").
 */
function kindAfter(state: SummarizeState, s: Sentence, j: number): number {
  const toks = s.tokens;
  for (let k = j; k < toks.length && k - j <= MAX_WORDS; k++) {
    const t = toks[k]!;
    if (!t.word || t.cap || t.flags & NOT_PLAIN || ARTICLES.has(t.low) || pastParticiple(state, t.low) || state.mentionAt(s, k)) return -1;
    // "Brazil's president", "Russia's central bank governor": a role, not a body.
    if (titleAt(state, toks, k)) return -1;
    if (!state.lex.orgKindNouns.has(t.low)) continue;
    // "Canada's oil companies": a plural is a group of bodies, for the group rules.
    if (singularOf(t.low) !== t.low) return -1;
    return endsPhrase(state, toks[k + 1]) ? k + 1 : -1;
  }
  return -1;
}

/** Does the token after a kind noun show the phrase ends there ("authority | ordered", "regulator | ,")? */
function endsPhrase(state: SummarizeState, next: Sentence["tokens"][number] | undefined): boolean {
  if (!next || !next.word) return true;
  // "Germany's passenger rights group Fairplane Forum": a name after the kind is the body itself.
  if (next.cap) return false;
  return (next.flags & PHRASE_ENDS) !== 0 || pastParticiple(state, next.low) || next.low === "and" || next.low === "or";
}

/**
 * "Borealis Airways, Canada's third-largest airline,": the phrase, set off by commas, describes the
 * body named before it; "Japan's largest carmaker, Toyota Motor Corp,": the body named right after it is the body.
 */
function apposed(state: SummarizeState, s: Sentence, t0: number, end: number): boolean {
  const toks = s.tokens;
  if (toks[end]?.text !== ",") return false;
  const after = actorAt(s, end + 1);
  if (after && state.entity(after.key)?.kind === "organisation") return true;
  const before = toks[t0 - 1]?.text === "," ? state.mentionEndingAt(s, t0 - 1) : undefined;
  return !!before && state.entity(before.key)?.kind === "organisation";
}

/** The one body, named by the article itself within a few sentences after `sent`, that the kind noun fits ("regulator": an Authority, a Commission). */
function namedSoonAfter(state: SummarizeState, key: string, kind: string, sent: number): string | undefined {
  const words = state.lex.genericOrgNouns.get(kind);
  if (!words) return undefined;
  const fit = fitOf(state, kind, fitWords(words), false, new Map(), undefined);
  let found: string | undefined;
  for (let k = sent; k <= sent + NAMED_REACH; k++) {
    const s = state.sentence(k);
    if (!s) break;
    for (const m of s.mentions) {
      const e = state.entity(m.key);
      if (m.role !== "actor" || !e || e.key === key || e.kind !== "organisation" || e.fromDictionary || m.rule === RULE || rank(fit, e.key) < 0) continue;
      if (found !== undefined && found !== e.key) return undefined;
      found = e.key;
    }
  }
  return found;
}

export default find_national_bodies;
