// find_asked_groups: people asked to act by a verb that takes "X to do" are a group,
// named as the text names them, though no list knows their noun.
//   "urged the premiers to adopt caps of their own" -> the group premiers
//   "called on the three agencies to withdraw the proposal" -> the group three agencies
//   "urged the government to act" -> nothing here (one body, for the rules that resolve it)
//   "urged both governments to talk" -> nothing (the parties the article already names)
//   "urged other coastal states on the route to follow" -> nothing (the phrase runs on past its noun)
import { ensureGroup, groupKey, peopleShaped } from "../text/people.ts";
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "find_asked_groups";
/** Plain words of kind or number that may stand before the noun ("the three federal agencies"). */
const MAX_WORDS = 3;

const find_asked_groups: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip || s.headline || !(s.flags & WordFlag.VERB)) continue;
    for (const v of verbSpans(state, s)) {
      if (!v.hit.objectTo) continue;
      const span = askedPlural(state, s, v.t1);
      if (!span) continue;
      const [t0, end] = span;
      const name = state.surface(s, t0, end);
      const key = groupKey(name);
      ensureGroup(state, key, name);
      if (state.addMention(s, { t0, t1: end, key, role: "actor", rule: RULE, plural: true }))
        if (state.tracing) state.note(s.index, RULE, `"${name}" -> a group asked to act`);
    }
  }
};

/**
 * [t0, t1) of a plural noun asked to act right after the verb at j, with a few plain lowercase words
 * before it and past an optional "the", then "to" and a lowercase word ("the premiers to adopt"); else null.
 * The group is named without its article, as a list reads it ("urged | the premiers").
 */
function askedPlural(state: SummarizeState, s: Sentence, j: number): [number, number] | null {
  const toks = s.tokens;
  const first = toks[j]?.low === "the" ? j + 1 : j;
  // "urged both governments to", "these states": the parties the article already names, not a group of their own.
  if (state.lex.words.groupQuantifiers.has(toks[first]?.low ?? "")) return null;
  let k = first;
  for (; k < toks.length && k - first <= MAX_WORDS; k++) {
    const t = toks[k]!;
    if (!t.word || t.cap || t.flags & (WordFlag.PRONOUN | WordFlag.PREPOSITION | WordFlag.AUXILIARY) || state.mentionAt(s, k)) return null;
    const next = toks[k + 1];
    if (next?.low !== "to") continue;
    const verb = toks[k + 2];
    return peopleShaped(state, t.low) && verb?.word && !verb.cap ? [first, k + 1] : null;
  }
  return null;
}

export default find_asked_groups;
