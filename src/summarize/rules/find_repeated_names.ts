// find_repeated_names: a name of two or three capitalised words whose last word
// the article also uses alone is a person introduced in full, then by surname.
//   "collaborating with Tom Harlan's administration ... Harlan prepares" -> Tom Harlan
//   "Maria Olsen chairs the panel. Olsen said ..." -> Maria Olsen
//   "the Harbour Day Accord" -> nothing ("Accord" never stands alone)
import type { Rule } from "../rule.ts";
import type { SummarizeState } from "../state.ts";
import { dictAt, isNameWord, nameRun } from "../text/names.ts";
import { addPerson, mayRunOn } from "../text/people.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "find_repeated_names";

const find_repeated_names: Rule = (state) => {
  const sentences = state.sentences;
  // The words standing alone are read when a name is first asked about, before any person is added here:
  // the mentions are then as at the start.
  let alone: Set<string> | undefined;
  for (const s of sentences) {
    if (s.skip || s.titleCase) continue;
    const toks = s.tokens;
    // Past a name tried, the next one is tried after its end.
    let from = 0;
    for (let r = 0; r < s.nameRuns.length; r += 2) {
      // Names are tried where runs of name words open, but not at a title word.
      const i = s.nameRuns[r]!;
      // A name whose first word a mention holds is claimed, and one of one word is no name here: the cheap tests before nameRun.
      if (i < from || toks[i]!.flags & WordFlag.TITLE || state.mentionAt(s, i) || !mayRunOn(state, toks, i)) continue;
      const n1 = nameRun(state, s, i, 3);
      if (n1 - i < 2 || isNameWord(state, toks[n1]) || state.claimed(s, i, n1) || !(alone ??= wordsAlone(state)).has(toks[n1 - 1]!.text)) continue;
      if (addPerson(state, s, i, i, n1, RULE)) state.tracing && state.note(s.index, RULE, `person "${state.surface(s, i, n1)}" (its last word stands alone elsewhere)`);
      from = n1;
    }
  }
};

/** The texts of name words standing alone (a run of one) that no dictionary name or mention holds. */
function wordsAlone(state: SummarizeState): Set<string> {
  const alone = new Set<string>();
  for (const s of state.sentences) {
    if (s.skip || s.titleCase) continue;
    for (let r = 0; r < s.nameRuns.length; r += 2) {
      const i = s.nameRuns[r]!;
      if (s.nameRuns[r + 1] === i + 1 && !dictAt(state, s, i) && !state.mentionAt(s, i)) alone.add(s.tokens[i]!.text);
    }
  }
  return alone;
}

export default find_repeated_names;
