// resolve_descriptors: common-noun phrases that point at an actor the article names.
//   "the bloc's 27 member states" -> the bloc itself, speaking as its members
//   "Tokyo's top diplomat" -> the foreign minister of Japan the article names
//   "the minister", "the country's fisheries minister" -> the one minister the article names
//   "the new administration in Washington" -> United States
//   "analysts from the Centre for Trade Policy" -> Centre for Trade Policy
//   "Harlan's team" / "the Harlan administration" -> Harlan's country when known, else Harlan
//   "The interior ministry rejected it. A spokeswoman said ..." -> the ministry's country, through its spokeswoman
//   "HCD had sent the town a letter ... “...,” the letter said" -> HCD
import { verbAt } from "../text/verbs.ts";
import type { Rule } from "../rule.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { possessive, quoted, subjectLike } from "../text/subject.ts";
import { spokesVoice } from "../text/people.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { titleAt } from "../text/titles.ts";
import { sentenceMayHold } from "../text/sentence_may_hold.ts";

const RULE = "resolve_descriptors";
const TEAM = new Set(["administration", "team", "government", "camp", "cabinet", "aides", "envoys"]);
const OWN_PLACE = new Set(["country", "nation", "government", "state"]);
const SEAT_NOUNS = new Set(["administration", "government", "team", "leadership", "authorities", "regime", "officials"]);
const PEOPLE_PREPOSITIONS = new Set(["from", "at", "for", "of", "with"]);
const PEOPLE_DETERMINERS = new Set(["a", "an", "the", "two", "three", "several", "some"]);

const resolve_descriptors: Rule = (state) => {
  const bits = openerBits(state);
  for (const s of state.sentences) {
    if (s.skip) continue;
    const toks = s.tokens;
    // The phrases add mentions only where their "the" stands: a seat phrase can end only on a country named before them,
    // after "in" (the cheap test first).
    const seat = sentenceMayHold(state.lex, s, "in") && mayNameSeat(state, s, bits.in);
    // A role is read from a token with the TITLE bit.
    const titled = (s.flags & WordFlag.TITLE) !== 0;
    // Past a spokesperson opening the sentence, each phrase needs a seat, a title, a people noun (theSameNoun)
    // or a writing and a reporting verb (theDocument): without any, only the sentence's opening words are read.
    const phrases = seat || titled || (s.flags & WordFlag.PEOPLE_NOUN) !== 0 || (s.flags & DOCUMENT_VERB) === DOCUMENT_VERB;
    const end = phrases ? toks.length : Math.min(s.dateline + 1, toks.length);
    for (let i = phrases ? 0 : s.dateline; i < end; i++) {
      // Each phrase opens with "the", but for a spokesperson opening the sentence ("A spokeswoman said").
      const t = toks[i]!;
      if (((t.flags & bits.the) !== bits.the || t.low !== "the") && i !== s.dateline) continue;
      (seat && seatPhrase(state, s, i)) || theSameNoun(state, s, i) || (titled && theRole(state, s, i)) || unnamedSpokesperson(state, s, i) || theDocument(state, s, i);
    }
    // The readings change the list, so it is read from a copy; the mentions before the first that may
    // describe would be passed over before any change, so a sentence without one needs no copy.
    const from = firstDescribing(s, bits);
    if (from < 0) continue;
    for (const m of s.mentions.slice(from)) {
      if (m.role !== "actor" || !mayDescribe(s, m, bits)) continue;
      memberNoun(state, s, m) || peopleFrom(state, s, m) || roleOf(state, s, m) || teamOf(state, s, m);
    }
  }
};

/** theDocument reads a writing (a word, as the loader checks, so a token of the DOCUMENT_NOUN bit) and a reporting verb after it. */
const DOCUMENT_VERB = WordFlag.DOCUMENT_NOUN | WordFlag.VERB;

/** "the minister" with no name after it: the one person of the article who holds that role. */
function theRole(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  if (toks[i]!.low !== "the") return false;
  // "the country's fisheries minister said": the country is the one the article is about.
  let at = toks[i + 2]?.low === "'s" && OWN_PLACE.has(toks[i + 1]?.low ?? "") ? i + 3 : i + 1;
  // One word of portfolio before the title: "fisheries minister".
  if (at > i + 1 && !((toks[at]?.flags ?? 0) & WordFlag.TITLE) && toks[at]?.word && !toks[at]!.cap) at++;
  if (!((toks[at]?.flags ?? 0) & WordFlag.TITLE) || state.mentionAt(s, at)) return false;
  const m = titleAt(state, toks, at);
  const role = m?.values[0]?.role;
  if (!m || !role || toks[m.end]?.cap || toks[m.end]?.low === "of" || toks[m.end]?.low === "'s") return false;
  const { who, only } = holderOf(state, s, i, role, state.surface(s, at, m.end));
  if (!who || !state.addMention(s, { t0: i, t1: m.end, key: who, role: "actor", rule: RULE, plural: false, anaphor: true })) return false;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, i, m.end)}" -> ${state.entity(who)?.name} (${only ? "the one" : "the last"} ${role})`);
  return true;
}

/** Who holds `role`, named as `said` at token i. */
function holderOf(state: SummarizeState, s: Sentence, i: number, role: string, said: string): { who: string | undefined; only: boolean } {
  // "the minister" is the finance minister when the article names no other minister.
  const only = onlyHolder(state, role);
  if (only) return { who: only, only: true };
  // Among several, the last one named whose role says these words ("foreign minister" for "the minister").
  return { who: latestHolder(state, s, i, role, ` ${said.toLowerCase()} `), only: false };
}

/** The role itself, or one ending in it ("foreign minister" for "minister"). */
function within(r: string, role: string): boolean {
  return r === role || (r.length > role.length && r.endsWith(role) && r.charCodeAt(r.length - role.length - 1) === 32);
}

/** How many sentences back "the official" may point to the one introduced as "a Saudi ministry official". */
const SAME_NOUN_REACH = 4;

/** "the official said": the actor last introduced with that people noun ("a Saudi energy ministry official"). */
function theSameNoun(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  const noun = toks[i + 1];
  if (!noun || !(noun.flags & WordFlag.PEOPLE_NOUN) || toks[i]!.low !== "the" || noun.cap || state.mentionAt(s, i) || state.mentionAt(s, i + 1)) return false;
  const next = toks[i + 2];
  if (next && ((next.cap && next.word) || next.low === "of" || next.low === "'s" || next.low === "for")) return false;
  let key: string | undefined;
  for (let k = s.index; k >= s.index - SAME_NOUN_REACH && !key; k--) {
    const prev = state.sentence(k);
    if (!prev) break;
    for (const m of prev.mentions) if (m.role === "actor" && (k < s.index || m.t1 <= i) && prev.tokens[m.t1 - 1]?.low === noun.low && m.t1 - m.t0 > 1) key = m.key;
  }
  if (!key || !state.addMention(s, { t0: i, t1: i + 2, key, role: "actor", rule: RULE, plural: false, anaphor: true })) return false;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, i, i + 2)}" -> ${state.entity(key!)?.name} (introduced as "... ${noun.low}")`);
  return true;
}

/** How many sentences back an unnamed spokesperson's body may have been the subject. */
const SPOKES_REACH = 2;

/**
 * "The interior ministry rejected the accusation. A spokeswoman said ...": a spokesperson the
 * text names no one for, opening the sentence and speaking, speaks for the body that was last
 * the subject, a sentence or two before.
 */
function unnamedSpokesperson(state: SummarizeState, s: Sentence, i: number): boolean {
  // The sentence's opening words only: the cheap test first.
  if (i !== s.dateline) return false;
  const toks = s.tokens;
  const noun = toks[i + 1];
  if ((toks[i]!.low !== "a" && toks[i]!.low !== "the") || !noun || !spokesVoice(state, noun.low) || state.mentionAt(s, i) || state.mentionAt(s, i + 1)) return false;
  const next = toks[i + 2];
  if (!next || next.cap || !(next.flags & (WordFlag.VERB | WordFlag.AUXILIARY))) return false;
  let key: string | undefined;
  for (let k = s.index - 1; k >= s.index - SPOKES_REACH && !key; k--) {
    const prev = state.sentence(k);
    if (!prev || prev.skip || prev.index < 0) break;
    const subject = firstSubject(state, prev, -1);
    const kind = subject && state.entity(subject.key)?.kind;
    if (kind === "organisation" || kind === "country") key = subject!.key;
  }
  if (!key || !state.addMention(s, { t0: i, t1: i + 2, key, role: "actor", rule: RULE, plural: false, anaphor: true })) return false;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, i, i + 2)}" speaks for ${state.entity(key!)?.name} (the subject before)`);
  return true;
}

/** How many sentences back a writing's author may have been named. */
const DOCUMENT_REACH = 4;

/**
 * "“...,” the letter said": the author of the letter a sentence or few before named
 * ("a letter from Historic England", "HCD had sent the town a letter", "In a letter to X, AMNO said").
 */
function theDocument(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  const noun = toks[i + 1];
  const next = toks[i + 2];
  // The verb's bit first: it rules out most phrases.
  if (!noun || !next || !(next.flags & WordFlag.VERB) || next.cap || toks[i]!.low !== "the" || !state.lex.words.documentNouns.has(noun.low)) return false;
  if (state.mentionAt(s, i) || state.mentionAt(s, i + 1) || !verbAt(state, toks, i + 2)) return false;
  let key: string | undefined;
  for (let k = s.index - 1; k >= s.index - DOCUMENT_REACH && !key; k--) {
    const prev = state.sentence(k);
    if (!prev || prev.index < 0) break;
    const at = prev.tokens.findIndex((t) => t.low === noun.low);
    if (at >= 0) key = authorOf(state, prev, at);
  }
  if (!key || !state.addMention(s, { t0: i, t1: i + 2, key, role: "actor", rule: RULE, plural: false, anaphor: true })) return false;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, i, i + 2)}" -> ${state.entity(key!)?.name} (its author)`);
  return true;
}

/** Who sent the writing named at `at`: the one it is "from", else the sentence's first subject that is no person's object. */
function authorOf(state: SummarizeState, s: Sentence, at: number): string | undefined {
  const toks = s.tokens;
  if (toks[at + 1]?.low === "from") {
    const from = state.mentionPastThe(s, at + 2);
    return from?.role === "actor" ? from.key : undefined;
  }
  // "In a letter to Minister X dated May 9, AMNO said": past the opening phrase.
  const from = (toks[s.dateline]?.flags ?? 0) & WordFlag.PREPOSITION ? toks.findIndex((t) => t.text === ",") : -1;
  return firstSubject(state, s, from)?.key;
}

/** The first actor of the sentence past token `after` that stands as a subject, outside quotation marks. */
function firstSubject(state: SummarizeState, s: Sentence, after: number): Mention | undefined {
  const inQuote = quoted(s);
  return s.mentions.find((m) => m.t0 > after && m.role === "actor" && !m.silent && !inQuote[m.t0] && subjectLike(state, s, m));
}

/** "The court's president said": a role the article names no one in speaks for the body or country it belongs to. */
function speaksForOwner(state: SummarizeState, s: Sentence, m: Mention, end: number): boolean {
  const next = s.tokens[end];
  const kind = state.entity(m.key)?.kind;
  if (!next || next.cap || !(next.flags & (WordFlag.VERB | WordFlag.AUXILIARY)) || (kind !== "organisation" && kind !== "country")) return false;
  if (!state.widenMention(s, m, m.t0, end)) return false;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, m.t0, end)}" speaks for ${state.entity(m.key)?.name}`);
  return true;
}

/** How many sentences back "the minister" may point to the last minister named, when the article names several. */
const ROLE_REACH = 2;

/**
 * The person of a role `within` `role` that says `words` (spaced at both ends), named in the nearest sentence
 * (this one before i, or one or two before) that names one; none when it names two.
 */
function latestHolder(state: SummarizeState, s: Sentence, i: number, role: string, words: string): string | undefined {
  for (let k = s.index; k >= s.index - ROLE_REACH; k--) {
    const prev = state.sentence(k);
    if (!prev) break;
    let who: string | undefined;
    for (const m of prev.mentions) {
      if (m.role !== "actor" || (k === s.index && m.t0 >= i)) continue;
      const e = state.entity(m.key);
      if (e?.kind !== "person" || !e.role || !within(e.role, role) || !` ${e.role} `.includes(words) || e.key === who) continue;
      if (who) return undefined;
      who = e.key;
    }
    if (who) return who;
  }
  return undefined;
}

/** The one person whose role is `role`; else the one whose role ends in it; undefined when none or several are. */
function onlyHolder(state: SummarizeState, role: string): string | undefined {
  let same: string | undefined, sameMany = false;
  let ending: string | undefined, endingMany = false;
  for (const e of state.entities.values()) {
    if (e.kind !== "person" || !e.role) continue;
    if (e.role === role) {
      sameMany ||= same !== undefined;
      same = e.key;
    } else if (within(e.role, role)) {
      endingMany ||= ending !== undefined;
      ending = e.key;
    }
  }
  return (sameMany ? undefined : same) ?? (endingMany ? undefined : ending);
}

/** Whether the sentence names a country after a seat noun and "in" ("administration | in | Washington"): where seatPhrase ends. */
function mayNameSeat(state: SummarizeState, s: Sentence, inBits: number): boolean {
  const toks = s.tokens;
  for (const m of s.mentions) {
    // A token spelled "in" has every bit of the word: the cheap test first.
    const before = tokenAt(toks, m.t0 - 1);
    if (!before || (before.flags & inBits) !== inBits || before.low !== "in") continue;
    if (SEAT_NOUNS.has(tokenAt(toks, m.t0 - 2)?.low ?? "") && state.entity(m.key)?.kind === "country") return true;
  }
  return false;
}

/** "the new administration in Washington" -> the country of the capital. */
function seatPhrase(state: SummarizeState, s: Sentence, i: number): boolean {
  const toks = s.tokens;
  if (toks[i]!.low !== "the" || state.mentionAt(s, i)) return false;
  let j = i + 1;
  while (j < toks.length && j - i < 4 && !toks[j]!.cap && !TEAM.has(toks[j]!.low) && !SEAT_NOUNS.has(toks[j]!.low)) j++;
  if (!SEAT_NOUNS.has(toks[j]?.low ?? "")) return false;
  if (toks[j + 1]?.low !== "in") return false;
  const place = s.mentions.find((m) => m.t0 === j + 2 && state.entity(m.key)?.kind === "country");
  if (!place) return false;
  const key = place.key;
  state.removeMention(s, place);
  state.addMention(s, { t0: i, t1: place.t1, key, role: "actor", rule: RULE, plural: false });
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, i, place.t1)}" -> ${state.entity(key)?.name}`);
  return true;
}

/**
 * The bits every token of a word the rule looks for carries (a word token's bits are those the vocabulary gives its spelling):
 * "the", "in", and those all PEOPLE_PREPOSITIONS share. A token missing one of them is no such word: the cheap test first.
 */
interface OpenerBits {
  the: number;
  in: number;
  prepositions: number;
}

function openerBits(state: SummarizeState): OpenerBits {
  const flags = state.lex.vocabulary.flags;
  let prepositions = -1;
  for (const w of PEOPLE_PREPOSITIONS) prepositions &= flags.get(w) ?? 0;
  return { the: flags.get("the") ?? 0, in: flags.get("in") ?? 0, prepositions };
}

/** Each reading of a mention below needs it before "'s", after "the", or after a preposition of "analysts from X". */
function mayDescribe(s: Sentence, m: Mention, bits: OpenerBits): boolean {
  if (possessive(s, m)) return true;
  const prev = tokenAt(s.tokens, m.t0 - 1);
  if (!prev) return false;
  const f = prev.flags;
  return ((f & bits.the) === bits.the && prev.low === "the") || ((f & bits.prepositions) === bits.prepositions && PEOPLE_PREPOSITIONS.has(prev.low));
}

/** The index of the first actor's mention that mayDescribe, or -1. */
function firstDescribing(s: Sentence, bits: OpenerBits): number {
  for (let k = 0; k < s.mentions.length; k++) if (s.mentions[k]!.role === "actor" && mayDescribe(s, s.mentions[k]!, bits)) return k;
  return -1;
}

/** "the bloc's 27 member states" -> the bloc. */
function memberNoun(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (!possessive(s, m)) return false;
  let j = m.t1 + 1;
  if (/^\d+$/.test(s.tokens[j]?.text ?? "")) j++;
  const hit = state.lex.words.memberNouns.match(s.tokens, j);
  // "the committee's spokesman, Abdiel Quintero,": the person named beside it speaks, not the body.
  if (!hit || namedBeside(state, s, hit.end) || !state.widenMention(s, m, m.t0, hit.end)) return false;
  m.plural = true;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, m.t0, m.t1)}" -> ${state.entity(m.key)?.name} (its members)`);
  return true;
}

/** A person's name set off by a comma right after token t. */
function namedBeside(state: SummarizeState, s: Sentence, t: number): boolean {
  return s.tokens[t]?.text === "," && s.mentions.some((x) => x.t0 === t + 1 && state.entity(x.key)?.kind === "person");
}

/** "analysts from X", "a spokesperson for X" -> X speaking. */
function peopleFrom(state: SummarizeState, s: Sentence, m: Mention): boolean {
  const prep = tokenAt(s.tokens, m.t0 - 1)?.low ?? "";
  if (!PEOPLE_PREPOSITIONS.has(prep)) return false;
  let t0 = m.t0 - 2;
  const noun = s.tokens[t0];
  if (!noun || !(noun.flags & WordFlag.PEOPLE_NOUN) || state.mentionAt(s, t0)) return false;
  if (prep === "for" && !state.lex.words.speaksForNouns.has(noun.low)) return false;
  if (PEOPLE_DETERMINERS.has(tokenAt(s.tokens, t0 - 1)?.low ?? "")) t0--;
  // "Tobias Ode, the head of the IAEA, said": the phrase describes the person before it, who speaks.
  if (tokenAt(s.tokens, t0 - 1)?.text === "," && s.mentions.some((x) => x.t1 === t0 - 1 && state.entity(x.key)?.kind === "person")) return false;
  const kind = state.entity(m.key)?.kind;
  if (kind === "person" || !state.widenMention(s, m, t0, m.t1)) return false;
  m.plural = true;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, m.t0, m.t1)}" speaks for ${state.entity(m.key)?.name}`);
  return true;
}

/** "Tokyo's top diplomat" -> the person of that role and country the article names. */
function roleOf(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (!possessive(s, m)) return false;
  const hit = titleAt(state, s.tokens, m.t1 + 1);
  if (!hit || isNameStart(s, hit.end)) return false;
  const role = hit.values[0]!.role;
  const owner = state.resolve(m.key);
  const person = [...state.entities.values()].find((e) => e.kind === "person" && e.role === role && e.affiliation && state.resolve(e.affiliation) === owner);
  if (!person) return speaksForOwner(state, s, m, hit.end);
  const t0 = m.t0, t1 = hit.end;
  state.removeMention(s, m);
  state.addMention(s, { t0, t1, key: person.key, role: "actor", rule: RULE, plural: false, anaphor: true });
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t0, t1)}" -> ${person.name} (${role} of ${state.entity(owner)?.name})`);
  return true;
}

function isNameStart(s: Sentence, t: number): boolean {
  const tok = s.tokens[t];
  return !!tok && tok.cap && tok.word;
}

/** "Harlan's team", "the Harlan administration" -> the country the person acts for, else the person. */
function teamOf(state: SummarizeState, s: Sentence, m: Mention): boolean {
  const e = state.entity(m.key);
  if (e?.kind !== "person") return false;
  const toks = s.tokens;
  let t0 = m.t0, t1: number;
  if (possessive(s, m)) {
    let j = m.t1 + 1;
    while (j < toks.length && j - m.t1 < 4 && !TEAM.has(toks[j]!.low) && !toks[j]!.cap && /^[a-z-]+$/.test(toks[j]!.text) && !/ly$/.test(toks[j]!.text)) j++;
    if (!TEAM.has(toks[j]?.low ?? "")) return false;
    t1 = j + 1;
  } else if (toks[m.t0 - 1]?.low === "the" && TEAM.has(toks[m.t1]?.low ?? "")) {
    t0 = m.t0 - 1;
    t1 = m.t1 + 1;
  } else return false;
  const key = e.affiliation && state.entity(e.affiliation)?.kind === "country" ? e.affiliation : e.key;
  if (toks[t1]?.low === "in") return false;
  state.removeMention(s, m);
  state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: true, anaphor: key === e.key });
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t0, t1)}" -> ${state.entity(key)?.name}`);
  return true;
}

export default resolve_descriptors;
