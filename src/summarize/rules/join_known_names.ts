// join_known_names: a name given as what a body is known as is that body.
//   "The authority, known in Italy as the Garante, gave ..." -> "Garante" is the authority
//   "the Pirellone, as the regional government is known" -> nothing here (the name comes first)
//   "Acme, known for its low fares," -> nothing (no name after "as")
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";

const RULE = "join_known_names";
const KNOWN = new Set(["known", "called", "dubbed", "nicknamed"]);
/** How many words may stand between "known" and "as" ("known in Italy as"). */
const MAX_BETWEEN = 3;

const join_known_names: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const m of s.mentions) {
      if (m.role !== "actor" || s.tokens[m.t1]?.text !== "," || !KNOWN.has(s.tokens[m.t1 + 1]?.low ?? "")) continue;
      const named = nameAfterAs(state, s, m.t1 + 2);
      const body = state.entity(m.key);
      if (!named || !body || body.kind === "person" || state.resolve(named) === state.resolve(m.key)) continue;
      const name = state.entity(named)?.name;
      state.merge(named, m.key);
      if (state.tracing) state.note(s.index, RULE, `"${name}" is ${body.name}`);
    }
  }
};

/** The key of the actor named right after "as" (past "the"), "as" standing within a few words of j. */
function nameAfterAs(state: SummarizeState, s: Sentence, j: number): string | undefined {
  const toks = s.tokens;
  for (let k = j; k < toks.length && k - j <= MAX_BETWEEN; k++) {
    if (toks[k]!.low !== "as") continue;
    const at = toks[k + 1]?.low === "the" ? k + 2 : k + 1;
    return s.mentions.find((x) => x.role === "actor" && x.t0 === at)?.key;
  }
  return undefined;
}

export default join_known_names;
