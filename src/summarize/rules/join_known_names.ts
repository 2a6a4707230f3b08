// join_known_names: a name given as what a body is known as is that body.
//   "The authority, known in Italy as the Garante, gave ..." -> "Garante" is the authority
//   "the Pirellone, as the regional government is known" -> nothing here (the name comes first)
//   "Acme, known for its low fares," -> nothing (no name after "as")
//   "Poland, known in Brussels as NATO's most hawkish member," -> nothing (the name only opens a phrase)
import type { Rule } from "../rule.ts";
import type { Sentence } from "../state.ts";
import { actorPastThe } from "../text/actor_list.ts";
import { KNOWN_AS } from "../text/verbs.ts";

const RULE = "join_known_names";
/** How many words may stand between "known" and "as" ("known in Italy as"). */
const MAX_BETWEEN = 3;

const join_known_names: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const m of s.mentions) {
      if (m.role !== "actor" || s.tokens[m.t1]?.text !== "," || !KNOWN_AS.test(s.tokens[m.t1 + 1]?.low ?? "")) continue;
      const named = nameAfterAs(s, m.t1 + 2);
      const body = state.entity(m.key);
      if (!named || !body || body.kind === "person" || state.resolve(named) === state.resolve(m.key)) continue;
      const name = state.entity(named)?.name;
      state.merge(named, m.key);
      if (state.tracing) state.note(s.index, RULE, `"${name}" is ${body.name}`);
    }
  }
};

/** Marks that close the name given ("known as the Garante," / "... the Garante."). */
const CLOSERS = new Set([",", ".", ";", ")", "”", '"']);

/** The key of the actor named right after "as" (with or without its "the") and closing the phrase, "as" standing within a few words of j. */
function nameAfterAs(s: Sentence, j: number): string | undefined {
  const toks = s.tokens;
  for (let k = j; k < toks.length && k - j <= MAX_BETWEEN; k++) {
    if (toks[k]!.low !== "as") continue;
    const m = actorPastThe(s, k + 1);
    return m && CLOSERS.has(toks[m.t1]?.text ?? "") ? m.key : undefined;
  }
  return undefined;
}

export default join_known_names;
