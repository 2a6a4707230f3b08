// find_groups: groups of countries named as one actor.
//   "Western leaders have refuted ..." -> Western countries
//   "the West" -> Western countries
//   "European nations" -> European countries
//   "European troops" -> nothing (troops do not speak for a group of countries)
import type { Rule } from "../rule.ts";
import { dictSpans } from "../text/names.ts";
import { ensureKnown } from "../text/known.ts";

const RULE = "find_groups";

const find_groups: Rule = (state) => {
  const { groupCollectives } = state.lex;
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const d of dictSpans(state, s)) {
      const info = d.info;
      if (info?.kind !== "group" || state.claimed(s, d.t0, d.t1)) continue;
      let t1 = d.t1;
      if (d.hit.role === "group") {
        if (!groupCollectives.has(s.tokens[t1]?.low ?? "")) continue;
        t1++;
      }
      ensureKnown(state, d.hit.key, d.info);
      state.addMention(s, { t0: d.t0, t1, key: d.hit.key, role: "actor", rule: RULE, plural: true });
      if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, d.t0, t1)}" -> ${info.name}`);
    }
  }
};

export default find_groups;
