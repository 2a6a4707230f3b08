// resolve_pronouns: he/she point to the person who was last the subject outside
// quotes; they/their to the last body, country or group in subject position.
//   "Lavrov remarked ... He stressed that ..." -> He = Lavrov
//   "“Talks are over,” Lavrov said. He added ..." -> He = Lavrov (not a name inside the quote)
//   "the Americans broke off the dialogue, so they should move" -> they = United States
//   "since the U.S. halted talks, it is their responsibility" -> their = United States
import type { Rule } from "../rule.ts";
import type { SummarizeState } from "../state.ts";
import { quoted, subjectLike } from "../text/subject.ts";

const RULE = "resolve_pronouns";

const resolve_pronouns: Rule = (state) => {
  const w = state.lex.words;
  let person: string | null = null;
  let group: string | null = null;
  let plural: { key: string; sent: number } | null = null;
  for (const s of state.sentences) {
    if (s.skip || s.index === -1) continue;
    const inQuote = quoted(s);
    let sentencePerson: string | null = null;
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      const m = state.mentionAt(s, i);
      if (m) {
        if (m.t0 === i && m.role === "actor" && !inQuote[i] && subjectLike(state, s, m)) {
          const kind = state.entity(m.key)?.kind;
          if (kind === "person") sentencePerson ??= m.key;
          else {
            group = m.key;
            // "the member countries affirm that Ukraine will ..., they have clarified": they are the many.
            if (m.plural && (!plural || plural.sent !== s.index)) plural = { key: m.key, sent: s.index };
          }
        }
        i = m.t1 - 1;
        continue;
      }
      if (inQuote[i]) continue;
      const he = w.personPronouns.has(t.low) || w.personPossessives.has(t.low);
      const they = w.pluralPronouns.has(t.low) || w.pluralPossessives.has(t.low);
      const recentPlural = plural && s.index - plural.sent <= 1 ? plural.key : null;
      const key = he ? (sentencePerson ?? person) : they ? (recentPlural ?? group) : null;
      if (!key) continue;
      if (state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: they, anaphor: true, silent: true }))
        state.note(s.index, RULE, () => `"${t.text}" -> ${state.entity(key)?.name}`);
    }
    if (sentencePerson) person = sentencePerson;
  }
};

export default resolve_pronouns;
