// find_national_bodies: a country's body described rather than named is a body of its own.
//   "Italy's data protection authority ordered ..." -> the body "Italy's data protection authority"
//   "Japan's largest carmaker said" -> the body "Japan's largest carmaker"
//   "Italy's foreign ministry said" -> nothing here (a ministry is the government: the country speaks)
//   "Italy's economy grew" -> nothing (no word of a body's kind)
//   "Borealis Airways, Canada's third-largest airline," -> nothing (it describes the body before it)
//   "Germany's passenger rights group Fairplane Forum" -> nothing (the name after it is the body)
//   "India's drug price regulator ... The National Pharmaceutical Pricing Authority" -> the one named body it fits
// "The authority" later points back to it (resolve_generic_nouns).
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { orgKey } from "../text/orgs.ts";
import { holdsWords, norm } from "../text/fits.ts";

const RULE = "find_national_bodies";
/** Plain words that may describe the body between the country and its kind ("data protection", "largest"). */
const MAX_WORDS = 3;
/** Words that are no plain word of a body's description. */
const NOT_PLAIN = WordFlag.PREPOSITION | WordFlag.AUXILIARY | WordFlag.PRONOUN | WordFlag.MODAL | WordFlag.NEGATION | WordFlag.VERB | WordFlag.COMPLEMENTIZER | WordFlag.RELATIVE_PRONOUN;

const find_national_bodies: Rule = (state) => {
  const described = new Map<string, string>(); // body's key -> its kind noun
  for (const s of state.sentences) {
    if (s.skip || s.titleCase) continue;
    for (const m of [...s.mentions]) {
      if (m.role !== "actor" || state.entity(m.key)?.kind !== "country" || s.tokens[m.t1]?.low !== "'s" || apposed(state, s, m.t0)) continue;
      const end = kindAfter(state, s, m.t1 + 1);
      if (end < 0) continue;
      const name = state.surface(s, m.t0, end);
      const key = orgKey(name);
      // The body is the country's: the article still speaks of that country here.
      state.ensure(key, "organisation", name, false).affiliation ??= m.key;
      state.removeMention(s, m);
      if (state.addMention(s, { t0: m.t0, t1: end, key, role: "actor", rule: RULE, plural: false })) {
        described.set(key, s.tokens[end - 1]!.low);
        if (state.tracing) state.note(s.index, RULE, `"${name}" -> a body of ${state.entity(m.key)?.name ?? m.key}`);
      } else if (!state.mentionAt(s, m.t0)) state.addMention(s, m);
    }
  }
  // "India's drug price regulator ... The National Pharmaceutical Pricing Authority (NPPA) wants": the one body the article names that its kind fits.
  for (const [key, kind] of described) {
    const named = namedFit(state, key, kind, described);
    if (!named) continue;
    const from = state.entity(key)?.name;
    state.merge(key, named);
    // The body keeps its own name: the description is no form of it to choose from.
    if (from) state.entity(named)?.forms.delete(from);
    if (state.tracing) state.note(null, RULE, `"${from}" is ${state.entity(named)?.name}`);
  }
};

/** The one body the article names whose name holds a word the kind noun points to ("regulator": Authority, Commission ...), if exactly one. */
function namedFit(state: SummarizeState, key: string, kind: string, described: Map<string, string>): string | undefined {
  const words = state.lex.genericOrgNouns.get(kind);
  if (!words) return undefined;
  let found: string | undefined;
  for (const e of state.entities.values()) {
    if (e.kind !== "organisation" || e.key === key || described.has(e.key)) continue;
    const name = norm(e.name);
    if (!words.some((w) => holdsWords(name, norm(w)))) continue;
    if (found !== undefined) return undefined;
    found = e.key;
  }
  return found;
}

/** "Borealis Airways, Canada's third-largest airline,": the phrase describes the body named before the comma. */
function apposed(state: SummarizeState, s: Sentence, t0: number): boolean {
  if (s.tokens[t0 - 1]?.text !== ",") return false;
  const before = state.mentionEndingAt(s, t0 - 1);
  return !!before && state.entity(before.key)?.kind === "organisation";
}

/** The end of "[plain words] kind-noun" starting at j ("data protection authority"), or -1. */
function kindAfter(state: SummarizeState, s: Sentence, j: number): number {
  const toks = s.tokens;
  for (let k = j; k < toks.length && k - j <= MAX_WORDS; k++) {
    const t = toks[k]!;
    if (!t.word || t.cap || t.flags & NOT_PLAIN || state.mentionAt(s, k)) return -1;
    // "Germany's passenger rights group Fairplane Forum": the kind introduces the name after it, which is the body.
    if (state.lex.orgKindNouns.has(t.low)) return toks[k + 1]?.cap && toks[k + 1]!.word ? -1 : k + 1;
  }
  return -1;
}

export default find_national_bodies;
