// infer_affiliations: which country a person acts for, when no title prefix said it.
//   "Harlan, who will be sworn in as U.S. president," -> United States
//   "Jon Moor, Canada's trade minister," -> Canada
//   "Russia is open to talks. However, according to Foreign Minister Ivan Sorin, ..."
//     -> Russia (a minister named without a country acts for the country the paragraph is about)
//   "Mayor Ana Ruiz said" as a paragraph's first sentence -> nothing
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Entity, Mention, Sentence, SummarizeState } from "../state.ts";
import { subjectLike } from "../text/subject.ts";

const RULE = "infer_affiliations";
const MAX_ASIDE = 16;

const infer_affiliations: Rule = (state) => {
  // Each person's first sentence.
  const firstSeen = new Map<string, Sentence>();
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const m of s.mentions) {
      const e = state.entity(m.key);
      if (e?.kind !== "person" || m.anaphor) continue;
      if (!firstSeen.has(e.key)) firstSeen.set(e.key, s);
      if (!e.affiliation) fromAside(state, s, m, e);
    }
  }
  for (const [key, s] of firstSeen) {
    const e = state.entity(key);
    if (!e || e.affiliation || !e.government) continue;
    const country = paragraphCountry(state, s);
    if (country) {
      e.affiliation = country;
      if (state.tracing) state.note(s.index, RULE, `${e.name} acts for ${state.entity(country)?.name} (the paragraph's country)`);
    }
  }
};

/** ", who will be sworn in as U.S. president," / ", Canada's trade minister," right after the name. */
function fromAside(state: SummarizeState, s: Sentence, m: Mention, e: Entity): void {
  const toks = s.tokens;
  if (toks[m.t1]?.text !== ",") return;
  let end = m.t1 + 1;
  while (end < toks.length && end - m.t1 < MAX_ASIDE && toks[end]!.text !== ",") end++;
  // Mentions are kept in token order and never overlap: the country mentions of the aside, left to right.
  for (const c of s.mentions) {
    if (c.t0 <= m.t1 || c.t0 >= end || state.entity(c.key)?.kind !== "country") continue;
    const after = toks[c.t1]?.low === "'s" ? c.t1 + 1 : c.t1;
    if (!titleAt(state, toks, after)) continue;
    e.affiliation = c.key;
    if (state.tracing) state.note(s.index, RULE, `${e.name} acts for ${state.entity(c.key)?.name} ("${state.surface(s, c.t0, after + 1)}")`);
    return;
  }
}

/** The country that is the subject of the sentence before, in the same paragraph. */
function paragraphCountry(state: SummarizeState, s: Sentence): string | null {
  const prev = state.sentence(s.index - 1);
  if (!prev || prev.index < 0 || prev.paragraph !== s.paragraph) return null;
  const m = prev.mentions.find((x) => x.role === "actor" && subjectLike(state, prev, x));
  return m && state.entity(m.key)?.kind === "country" ? state.resolve(m.key) : null;
}

export default infer_affiliations;
