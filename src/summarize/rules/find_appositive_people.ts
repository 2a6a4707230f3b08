// find_appositive_people: a name set off by commas beside a role.
//   "Jon Holden, president of the union, said" -> Jon Holden (role after the name)
//   "the union's president, Jon Holden, said" -> Jon Holden (role before the name)
//   "Harlan's choice for national security adviser, Per Lind, who" -> Per Lind
//   "Paris, London and Berlin" -> nothing (no role word)
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { cityAsFirstName, nameRun } from "../text/names.ts";
import { addPerson, mayRunOn } from "../text/people.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { titleAt } from "../text/titles.ts";
import { APPOSITIVE_REACH_RELATIVE } from "../text/verbs.ts";

const RULE = "find_appositive_people";
const MAX_ROLE = 12;
const ROLE_PREP = new Set(["for", "of", "to", "in", "at", "from", "with"]);
const QUOTE_MARKS = new Set(["“", "”", '"']);
/** Marks that end the phrase before a name set off by commas; and those that end a role's phrase after it. */
const PHRASE_MARKS = new Set([",", ";", ":", ".", "“", "”", '"']);
const ROLE_END = new Set([",", ";", "."]);
const CUT = new Set(["by", "to", "with", "from", "at", "in", "on", "and", "that", "who", "said", "after", "before", "as", "when", "while", "between"]);

const find_appositive_people: Rule = (state) => {
  for (const s of state.sentences) {
    // A role is always a title word, and sets a name off with a comma token (the text holds every token's characters);
    // a name opens a run of name words: the cheap tests first.
    if (s.skip || s.titleCase || !(s.flags & WordFlag.TITLE) || s.nameRuns.length === 0 || !s.text.includes(",")) continue;
    // A run of name words opens with one (nameRun takes nothing else first): only name words are tried.
    let from = 0;
    for (let r = 0; r < s.nameRuns.length; r += 2)
      for (let i = Math.max(s.nameRuns[r]!, from); i < s.nameRuns[r + 1]!; i++) {
        const n1 = personAt(state, s, i);
        // Past a person found, the next is looked for after the name.
        if (n1 >= 0) (from = n1), (i = n1 - 1);
      }
  }
};

/** The person whose name opens at name word i beside a role: the name's end, or -1. */
function personAt(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  if (!toks[i]!.cap || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word) || state.mentionAt(s, i) || !mayRunOn(state, toks, i)) return -1;
  let n1 = nameRun(state, s, i);
  if (n1 === i) n1 = cityAsFirstName(state, s, i);
  if (n1 - i < 2 || state.claimed(s, i, n1)) return -1;
  const after = toks[n1]?.text === "," ? roleBetween(state, s, n1 + 1) : null;
  const before = !after && tokenAt(toks, i - 1)?.text === "," && closes(s, n1) ? roleBefore(state, s, i - 1) : null;
  const role = after ?? before;
  if (!role || !addPerson(state, s, i, i, n1, RULE, { role: role.role, affiliation: ownerOf(state, s, role) })) return -1;
  const e = state.entity(s.mentions.find((m) => m.t0 === i)!.key)!;
  if (role.government) e.government = true;
  (e.descriptors ??= []).push(state.surface(s, role.t0, role.t1));
  if (state.tracing) state.note(s.index, RULE, `person "${state.surface(s, i, n1)}" beside "${state.surface(s, role.t0, role.t1)}"`);
  return n1;
}

interface Role {
  t0: number;
  t1: number;
  role: string;
  government: boolean;
}

/** The name ends its appositive: ", Ana Ode," / ", Ana Ode." / ", Ana Ode of Samoa,". */
function closes(s: Sentence, n1: number): boolean {
  const t = s.tokens[n1]?.text;
  if (t === "," || t === ".") return true;
  if (s.tokens[n1]?.low !== "of") return false;
  const m = s.mentions.find((x) => x.t0 === n1 + 1 || (x.t0 === n1 + 2 && s.tokens[n1 + 1]!.low === "the"));
  return !!m && /^[,.]$/.test(s.tokens[m.t1]?.text ?? "");
}

/** "Denmark's digital minister", "the union's president": whom the role serves. */
function ownerOf(state: SummarizeState, s: Sentence, role: Role): string | undefined {
  const m = s.mentions.find((x) => x.role === "actor" && x.t0 >= role.t0 && x.t0 <= role.t0 + 1 && s.tokens[x.t1]?.low === "'s");
  const e = m && state.entity(m.key);
  return e && e.kind !== "person" ? e.key : undefined;
}

/** ", president of the union," after a name: a title word before the closing comma. */
function roleBetween(state: SummarizeState, s: Sentence, from: number): Role | null {
  const toks = s.tokens;
  for (let j = from; j < toks.length && j - from < MAX_ROLE; j++) {
    // "... in São Paulo,” the minister added": a quotation closing after the name ends it, and no role follows;
    // "Joseph Wekesa, said the government would not defend any athlete": nor does a reporting verb's statement.
    if (toks[j]!.text === "," || toks[j]!.text === ";" || QUOTE_MARKS.has(toks[j]!.text) || (toks[j]!.flags & WordFlag.VERB && !toks[j]!.cap)) return null;
    const m = titleAt(state, toks, j);
    if (!m) continue;
    let end = m.end;
    // "Amelia Grant, a nurse from Halifax who is due to fly to Vancouver on Saturday, said": a relative clause runs on to the comma.
    let reach = MAX_ROLE;
    while (end < toks.length && end - from < reach && !ROLE_END.has(toks[end]!.text)) {
      if (toks[end]!.flags & WordFlag.RELATIVE_PRONOUN) reach = APPOSITIVE_REACH_RELATIVE;
      end++;
    }
    return toks[end]?.text === "," || toks[end]?.text === "." ? { t0: from, t1: end, role: m.values[0]!.role, government: m.values[0]!.government } : null;
  }
  return null;
}

function titleEndsAt(state: SummarizeState, s: Sentence, j: number): boolean {
  for (let k = Math.max(0, j - 2); k < j; k++) if (titleAt(state, s.tokens, k)?.end === j) return true;
  return false;
}

/** "the union's president, " before a name: a title word in the phrase before the comma. */
function roleBefore(state: SummarizeState, s: Sentence, comma: number): Role | null {
  const toks = s.tokens;
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_ROLE && !PHRASE_MARKS.has(toks[k]!.text)) k--;
  let t0 = k + 1;
  // The role's noun phrase starts after the last preposition that is not part of it ("made by | Harlan's choice for ...").
  // A preposition right after a title belongs to the role ("a spokeswoman in Lagos,").
  for (let j = comma - 1; j >= t0; j--) {
    if (!CUT.has(toks[j]!.low)) continue;
    if (!titleEndsAt(state, s, j)) t0 = j + 1;
    break;
  }
  for (let j = t0; j < comma; j++) {
    const m = titleAt(state, toks, j);
    if (m && m.end === comma) return { t0, t1: comma, role: m.values[0]!.role, government: m.values[0]!.government };
    // "a spokesman for the ministry," / "a spokeswoman in Lagos,": the role's own phrase runs to the comma.
    if (m && m.end < comma && (ROLE_PREP.has(toks[m.end]!.low) || ROLE_PREP.has(toks[m.end - 1]!.low))) return { t0, t1: comma, role: m.values[0]!.role, government: m.values[0]!.government };
  }
  return null;
}

export default find_appositive_people;
