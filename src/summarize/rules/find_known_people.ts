// find_known_people: people from the operator's dictionaries, by any spelling listed.
//   entry {"name": "Ana Ode", "aliases": ["Ode"]}: "On Monday Ode insisted ..." -> Ana Ode
//   (the shipped people.json is empty: without an operator's file this rule finds nobody)
import type { Rule } from "../rule.ts";
import { dictSpans } from "../text/names.ts";

const RULE = "find_known_people";

const find_known_people: Rule = (state) => {
  // Without the operator's people, no dictionary name is a person's.
  if (!state.lex.hasPeople) return;
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const d of dictSpans(state, s)) {
      const info = d.info;
      if (info?.kind !== "person" || state.claimed(s, d.t0, d.t1)) continue;
      const e = state.ensure(info.key, "person", info.name, true);
      if (info.country && !e.affiliation) e.affiliation = countryKey(state, info.country);
      state.addMention(s, { t0: d.t0, t1: d.t1, key: info.key, role: "actor", rule: RULE, plural: false });
      if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, d.t0, d.t1)}" -> ${info.name} (operator's dictionary)`);
    }
  }
};

function countryKey(state: Parameters<Rule>[0], name: string): string | undefined {
  for (const e of state.lex.entities.values()) if (e.kind === "country" && e.name === name) return e.key;
  return undefined;
}

export default find_known_people;
