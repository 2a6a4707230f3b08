// resolve_pronouns: he/she point to the person who was last the subject outside
// quotes; they/their to the last body, country or group in subject position.
//   "Sorin remarked ... He stressed that ..." -> He = Sorin
//   "“Talks are over,” Sorin said. He added ..." -> He = Sorin (not a name inside the quote)
//   "the Canadians left the table, so they should return" -> they = Canada
//   "since the U.S. halted talks, it is their responsibility" -> their = United States
import type { Rule } from "../rule.ts";
import type { SummarizeState } from "../state.ts";
import { quoted, subjectLike } from "../text/subject.ts";
import { WordFlag } from "../lexicon/flags.ts";

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
            // "the member states say that Chile will ..., they have added": they are the many.
            if (m.plural && (!plural || plural.sent !== s.index)) plural = { key: m.key, sent: s.index };
          }
        }
        i = m.t1 - 1;
        continue;
      }
      if (inQuote[i] || !(t.flags & WordFlag.PRONOUN)) continue;
      const he = w.personPronouns.has(t.low) || w.personPossessives.has(t.low);
      const they = w.pluralPronouns.has(t.low) || w.pluralPossessives.has(t.low);
      const recentPlural = plural && s.index - plural.sent <= 1 ? plural.key : null;
      const key = he ? (sentencePerson ?? person) : they ? (recentPlural ?? group) : null;
      if (!key) continue;
      if (state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: they, anaphor: true, silent: true }))
        if (state.tracing) state.note(s.index, RULE, () => `"${t.text}" -> ${state.entity(key)?.name}`);
    }
    if (sentencePerson) person = sentencePerson;
  }
};

export default resolve_pronouns;
