// find_speaking_groups: a plural noun for people that opens its clause right before a reporting
// verb names a group, though no list knows the noun.
//   "The bondholders accused the government of bad faith" -> the group bondholders
//   "In Lagos, the market traders said ..." -> the group market traders
//   "Traders said", "Observers warned" -> nothing (a kind of people who comment, not a party)
//   "The requirements state ..." -> nothing (no ending of words.json "person_endings")
//   "The indicators suggest ..." -> nothing (words.json "not_groups")
//   "the union's members said", "Labour Party supporters said" -> nothing (someone's people)
//   "Officials said", "Farmers said" -> nothing here (the word lists know them)
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { ensureGroup, groupKey, personShaped, singularOf } from "../text/people.ts";
import { verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";
import type { Token } from "../text/tokens.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "find_speaking_groups";
/** Plain words of kind that may stand before the noun ("hospital pharmacists"). */
const MAX_WORDS = 2;
/** Words that are no plain word of kind before a noun. */
const NOT_PLAIN = WordFlag.PREPOSITION | WordFlag.AUXILIARY | WordFlag.PRONOUN | WordFlag.ADVERB | WordFlag.NEGATION | WordFlag.MODAL | WordFlag.VERB;

const find_speaking_groups: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip || s.headline || !(s.flags & WordFlag.VERB)) continue;
    for (const v of verbSpans(state, s)) {
      const span = speakingPlural(state, s, v.t0);
      if (!span) continue;
      const [t0, t1] = span;
      const name = state.surface(s, t0, t1);
      // "the Atlantic Seafood Processors' Council ... The processors said": the body whose name holds the noun.
      const body = bodyNamedBy(state, s.tokens[t1 - 1]!.low);
      const key = body ?? groupKey(name);
      if (!body) ensureGroup(state, key, name);
      if (state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: true }) && state.tracing)
        state.note(s.index, RULE, `"${name}" -> ${body ? state.entity(body)!.name : "a group speaking as one"}`);
    }
  }
};

/**
 * [t0, t1) of a plural noun for people, with up to two plain words before it, that opens its
 * clause after "the" and stands right before the verb at v past auxiliaries and adverbs; else null.
 */
function speakingPlural(state: SummarizeState, s: Sentence, v: number): [number, number] | null {
  const toks = s.tokens;
  let k = v - 1;
  while (k >= 0 && toks[k]!.word && !toks[k]!.cap && toks[k]!.flags & (WordFlag.AUXILIARY | WordFlag.ADVERB)) k--;
  const noun = tokenAt(toks, k);
  if (!noun?.word || noun.cap || !groupNoun(state, noun) || state.mentionAt(s, k)) return null;
  for (let j = k; k - j <= MAX_WORDS; j--) {
    // "The bondholders accused": the article points back to a party; a bare plural ("Traders said") speaks of a kind of people.
    if (toks[j - 1]?.low === "the" && opensClause(s, j - 1)) return state.claimed(s, j, k + 1) ? null : [j, k + 1];
    const before = toks[j - 1];
    if (!before || !plainWord(state, s, before, j - 1)) return null;
  }
  return null;
}

/** The one body or group the article names with the noun, or its singular, among its words ("processors", "bondholder"). */
function bodyNamedBy(state: SummarizeState, plural: string): string | undefined {
  const one = singularOf(plural);
  let found: string | undefined;
  for (const e of state.entities.values()) {
    if (e.kind !== "organisation" && e.kind !== "group") continue;
    const words = e.name.toLowerCase().split(/[\s'’]+/);
    if (!words.includes(plural) && !words.includes(one)) continue;
    if (found !== undefined && found !== e.key) return undefined;
    found = e.key;
  }
  return found;
}

/** A plural for people no word list already knows ("bondholders", "pharmacists"; not "indicators", "officials"). */
function groupNoun(state: SummarizeState, t: Token): boolean {
  const w = state.lex.words;
  const low = t.low;
  if (!personShaped(state, low) || w.notGroups.has(low) || w.peopleNouns.has(low) || w.pluralHeads.has(low)) return false;
  return w.actingGroups.get([low]).length === 0 && w.socialGroups.get([low]).length === 0 && w.memberNouns.get([low]).length === 0;
}

/** A lowercase word of kind before the noun ("market", "ad hoc"). */
function plainWord(state: SummarizeState, s: Sentence, t: Token, at: number): boolean {
  return t.word && !t.cap && !(t.flags & NOT_PLAIN) && !state.mentionAt(s, at) && !state.lex.words.groupQuantifiers.has(t.low) && t.low !== "the";
}

/** Does a clause open at token j: the sentence's first word (past a dateline), or the word after a comma or a closing quotation mark? */
function opensClause(s: Sentence, j: number): boolean {
  const before = s.tokens[j - 1]?.text;
  return j <= s.dateline || before === "," || before === "”" || (before === '"' && j > 1 && !s.tokens[j - 2]!.word);
}

export default find_speaking_groups;
