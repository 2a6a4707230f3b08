// affiliate_role_owners: a person described by a body's role acts for that body,
// once "the union" and "its" have been resolved.
//   "Its leader, Ana Ode, said the union wanted ..." -> Ana Ode acts for the union named before
//   "said the union's general secretary, Ana Ode." -> Ana Ode acts for the union
//   "Ana Ode, its founder, said" -> Ana Ode acts for the body named before
//   "Ana Ode, who chairs the Harbour Council, said" -> the council ("leading_verbs" in words.json)
//   "a spokeswoman for the Harbour Council, Ana Ode," -> the council
//   "Ana Ode, a nurse, said" -> nothing (no owner)
import type { Rule } from "../rule.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { subjectLike } from "../text/subject.ts";

import { tokenAt } from "../text/at.ts";
const RULE = "affiliate_role_owners";
/** Words from the owner to the name: "the union's general secretary, | Ana Ode". */
const MAX_ROLE = 6;
const BODY_POSSESSIVES = new Set(["its", "their"]);

const affiliate_role_owners: Rule = (state) => {
  const sentences = state.sentences;
  // The body that last opened a clause: what "its" points back to. The bodies named since it was
  // last asked for are tested as subjects, latest first, only when it is asked for again (nothing
  // this rule changes bears on subjectLike, on which entity a mention names, or on the mentions):
  // those before the mention read now (at) and from where the last asking stood (from).
  let lastBody: string | null = null;
  let fromS = 0, fromM = 0, atS = 0, atM = 0;
  const bodyBefore = (): string | null => {
    lastBody = latestBody(state, fromS, fromM, atS, atM) ?? lastBody;
    fromS = atS;
    fromM = atM;
    return lastBody;
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.skip) continue;
    const toks = s.tokens, ms = s.mentions;
    for (let mi = 0; mi < ms.length; mi++) {
      const m = ms[mi]!;
      // A person gets an owner only by a comma right before or after the name (ownerBefore, ownerAfter): the cheap test first.
      if (m.role !== "actor" || (toks[m.t1]?.text !== "," && tokenAt(toks, m.t0 - 1)?.text !== ",")) continue;
      const e = state.entity(m.key);
      if (e?.kind !== "person" || e.affiliation || m.anaphor) continue;
      atS = si;
      atM = mi;
      // Only a role the appositive rule read as one may own its holder through "its" or "'s".
      const roled = m.rule === "find_appositive_people";
      const owner = ownerBefore(state, s, m, bodyBefore, roled) ?? ownerAfter(state, s, m, bodyBefore, roled);
      if (!owner) continue;
      e.affiliation = owner;
      if (state.tracing) state.note(s.index, RULE, `${e.name} acts for ${state.entity(owner)?.name}`);
    }
  }
};

/**
 * The body or group of the latest actor's mention that stands as a subject, from mention `fromM` of
 * sentence `fromS` up to (not with) mention `atM` of sentence `atS` (positions in the article's lists), or null.
 */
function latestBody(state: SummarizeState, fromS: number, fromM: number, atS: number, atM: number): string | null {
  for (let si = atS; si >= fromS; si--) {
    const s = state.sentences[si]!;
    if (s.skip) continue;
    const ms = s.mentions;
    for (let mi = si === atS ? atM - 1 : ms.length - 1; mi >= (si === fromS ? fromM : 0); mi--) {
      const m = ms[mi]!;
      const e = m.role === "actor" ? state.entity(m.key) : undefined;
      if ((e?.kind === "organisation" || e?.kind === "group") && subjectLike(state, s, m)) return state.resolve(e.key);
    }
  }
  return null;
}

/** "Its leader, | Ana Ode" / "the union's general secretary, | Ana Ode". */
function ownerBefore(state: SummarizeState, s: Sentence, m: Mention, lastBody: () => string | null, roled: boolean): string | null {
  const toks = s.tokens;
  if (tokenAt(toks, m.t0 - 1)?.text !== ",") return null;
  for (let k = m.t0 - 2; k >= 0 && m.t0 - k <= MAX_ROLE; k--) {
    // "a spokesperson for the Department for Environment (Defra), | Hannah Carew": past the acronym.
    if (toks[k]!.text === ")" && toks[k - 2]?.text === "(") k -= 3;
    const found = ownerAt(state, s, k, lastBody, roled);
    if (found !== undefined) return found;
    if (!toks[k]!.word) return null;
  }
  return null;
}

/** "Ana Ode, | its founder," / "Ana Ode, | the union's general secretary," / "Ana Ode, | who chairs the council,": the owner opens the aside. */
function ownerAfter(state: SummarizeState, s: Sentence, m: Mention, lastBody: () => string | null, roled: boolean): string | null {
  const toks = s.tokens;
  if (toks[m.t1]?.text !== ",") return null;
  const led = toks[m.t1 + 1]?.low === "who" ? state.lex.words.leadingVerbs.match(toks, m.t1 + 2) : undefined;
  if (led) return bodyAt(state, s, led.end);
  for (let k = m.t1 + 1; k < toks.length && k - m.t1 <= MAX_ROLE; k++) {
    const found = ownerAt(state, s, k, lastBody, roled);
    if (found !== undefined) return found;
    if (!toks[k]!.word) return null;
  }
  return null;
}

/** "a spokesperson for | the Africa Group": the body, country or group named at k, past "the". */
function bodyAt(state: SummarizeState, s: Sentence, k: number): string | null {
  const m = state.mentionPastThe(s, k);
  const kind = m?.role === "actor" ? state.entity(m.key)?.kind : undefined;
  return m && kind && kind !== "person" ? state.resolve(m.key) : null;
}

/** The body owning the role at k ("its", or a body or country before "'s"); null when k owns nothing, undefined to look on. */
function ownerAt(state: SummarizeState, s: Sentence, k: number, lastBody: () => string | null, roled: boolean): string | null | undefined {
  const t = s.tokens[k];
  if (!t) return null;
  // "a spokeswoman for Curva Unita": for whom the role speaks.
  if (t.low === "for" && state.lex.words.speaksForNouns.has(s.tokens[k - 1]?.low ?? "")) return bodyAt(state, s, k + 1);
  if (!roled) return undefined;
  if (BODY_POSSESSIVES.has(t.low)) {
    const said = state.mentionAt(s, k);
    return said ? state.resolve(said.key) : lastBody();
  }
  if (t.low !== "'s") return undefined;
  const owner = state.mentionEndingAt(s, k);
  const kind = owner && state.entity(owner.key)?.kind;
  return owner && kind !== "person" ? state.resolve(owner.key) : null;
}

export default affiliate_role_owners;
