// find_organisations: bodies from the dictionary, "Full Name (ACRONYM)" pairs,
// and capitalised names with an organisation head word or company suffix.
//   "NATO did what it promised" -> NATO (dictionary)
//   "the Centre for Trade Policy (CTP) said" -> Centre for Trade Policy, alias CTP
//   "later, CTP noted" -> Centre for Trade Policy
//   "the United Auto Workers Union" -> United Auto Workers Union (head word "Union")
//   "Acme Widgets Corp." -> Acme Widgets Corp (company suffix)
//   "the Russian Defence Ministry said" -> Russia (a ministry of a country is its government)
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { dictAt, dictSpans } from "../text/names.ts";
import { ensureKnown } from "../text/known.ts";
import { acronymAfter, orgShapeAt } from "../text/orgs.ts";

const RULE = "find_organisations";
const GOVERNMENT_HEADS = new Set(["Ministry", "Department", "Government", "Cabinet", "Embassy", "Office", "Army", "Navy", "Police"]);

const find_organisations: Rule = (state) => {
  const acronyms = new Map<string, string>();
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const d of dictSpans(state, s)) {
      const info = state.lex.entities.get(d.hit.key);
      if (info?.kind !== "organisation" || state.claimed(s, d.t0, d.t1)) continue;
      ensureKnown(state, d.hit.key);
      // "NATO officials", "EU diplomats": the body speaking through its people.
      const g = state.lex.words.governmentNouns.match(s.tokens, d.t1);
      state.addMention(s, { t0: d.t0, t1: g ? g.end : d.t1, key: d.hit.key, role: "actor", rule: RULE, plural: !!g });
      if (state.tracing) state.note(s.index, RULE, () => `"${state.surface(s, d.t0, d.t1)}" -> ${info.name} (dictionary)`);
    }
    if (!s.titleCase) findShapes(state, s, acronyms);
  }
  if (acronyms.size) for (const s of state.sentences) if (!s.skip) findAcronyms(state, s, acronyms);
};

function findShapes(state: SummarizeState, s: Sentence, acronyms: Map<string, string>): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap || state.mentionAt(s, i)) continue;
    const end = orgShapeAt(state, s, i);
    if (end === i) continue;
    const t0 = toks[i]!.low === "the" ? i + 1 : i;
    if (state.claimed(s, t0, end)) continue;
    const inner = dictAt(state, s, t0);
    const info = inner && state.lex.entities.get(inner.hit.key);
    if (inner && info?.kind === "country" && [...Array(end - t0).keys()].some((k) => GOVERNMENT_HEADS.has(toks[t0 + k]!.text))) {
      ensureKnown(state, inner.hit.key);
      state.addMention(s, { t0, t1: end, key: inner.hit.key, role: "actor", rule: RULE, plural: false });
      if (state.tracing) state.note(s.index, RULE, () => `"${state.surface(s, t0, end)}" -> ${info.name} (a government body)`);
      i = end - 1;
      continue;
    }
    const name = state.surface(s, t0, end).replace(/\s*\.$/, "");
    const key = "org:" + name.toLowerCase();
    const e = state.ensure(key, "organisation", name, false);
    const acr = acronymAfter(state, s, t0, end);
    state.addMention(s, { t0, t1: end, key, role: "actor", rule: RULE, plural: false });
    if (acr) {
      acronyms.set(acr, key);
      state.addMention(s, { t0: end + 1, t1: end + 2, key, role: "actor", rule: RULE, plural: false });
    }
    if (state.lex.mediaHeads.has(toks[end - 1]!.text)) e.role = "media";
    if (state.tracing) state.note(s.index, RULE, () => `"${name}" -> organisation (name shape${acr ? `, acronym ${acr}` : ""})`);
    i = end - 1;
  }
}

function findAcronyms(state: SummarizeState, s: Sentence, acronyms: Map<string, string>): void {
  s.tokens.forEach((t, i) => {
    const key = acronyms.get(t.text);
    if (key && !state.mentionAt(s, i)) state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false });
  });
}

export default find_organisations;
