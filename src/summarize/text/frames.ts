// Finding who speaks around a reporting word: the subject before it, a
// passive "by X", an inverted "said X", and where the statement lies.
import { verbAt } from "./verbs.ts";
import type { Frame, Mention, Sentence, SummarizeState } from "../state.ts";
import { tokenAt } from "./at.ts";
import { afterPreposition, possessive, ARTICLES } from "./subject.ts";
import { WordFlag } from "../lexicon/flags.ts";
import type { TrieMatch } from "../lexicon/trie.ts";
import type { Token } from "./tokens.ts";

const ADJUNCT_PREPS = new Set(["to", "in", "on", "at", "during", "from", "after", "before", "via", "with", "last", "this", "earlier", "later", "late", "early", "over", "through", "while"]);
/** Marks that end a clause: what follows is no longer the statement. */
const STOP = new Set([".", ";", "!", "?"]);

/** "insists on a written guarantee": after a demand verb ending at v1, "on" opens what is asked for, not where or when it was said. */
export function asksOn(s: Sentence, kind: Frame["kind"], v1: number): boolean {
  return kind === "demand" && s.tokens[v1]?.low === "on";
}

/** The actor mention that is the subject ending at token `e`, if any. */
export function subjectAt(state: SummarizeState, s: Sentence, e: number): Mention | undefined {
  return subjectsAt(state, s, e)[0];
}

/** The subject ending at token `e`: one actor, or the two of "X and Y said". */
export function subjectsAt(state: SummarizeState, s: Sentence, e: number): Mention[] {
  const toks = s.tokens;
  const w = state.lex.words;
  // "Per Lind, who remarked" / "Sorin, who has served"; "according to the Port Authority, which urged":
  // the one a relative clause is about is its subject, wherever it stands.
  const relative = ((tokenAt(toks, e - 1)?.flags ?? 0) & WordFlag.RELATIVE_PRONOUN) !== 0;
  if (relative) e = tokenAt(toks, e - 2)?.text === "," ? e - 2 : e - 1;
  // "the United States and its allies argue"
  if (e >= 3 && toks[e - 3]?.low === "and" && ITS_THEIR.has(toks[e - 2]?.low ?? "") && w.pluralHeads.has(toks[e - 1]?.low ?? "")) e -= 3;
  let m = state.mentionEndingAt(s, e);
  if (!m) return [];
  // "Chief Ana Ode of the Harbour Nation said": the person, not the body she leads.
  m = personOf(state, s, m) ?? m;
  if (possessive(s, m) || (!relative && afterPreposition(state, s, m))) return [];
  // "X and Y said": both speak ("from Australia and Egypt" is no subject at all).
  let and = m.t0 - 1;
  if (tokenAt(toks, and)?.low === "the") and--;
  if (tokenAt(toks, and)?.low === "and") {
    // "The Retail Council (RC) and the Farmers' Federation": past the acronym in brackets.
    let e1 = and;
    // "The UN refugee agency, UNHCR, and the IOM called": past a serial comma.
    // Only after a list or an appositive: "several European countries, and Brussels has been" joins two clauses.
    if (toks[e1 - 1]?.text === "," && apposedActorEndsAt(state, s, e1 - 1)) e1--;
    if (toks[e1 - 1]?.text === ")" && toks[e1 - 3]?.text === "(") e1 -= 3;
    const first = state.mentionEndingAt(s, e1);
    if (!first) return [m];
    if (possessive(s, first) || afterPreposition(state, s, first)) return [];
    // "France, Germany and Britain said": every name of the list speaks.
    const list = [first, m];
    for (let k = list[0]!.t0 - 1; tokenAt(toks, k)?.text === ","; k = list[0]!.t0 - 1) {
      const before = state.mentionEndingAt(s, k);
      if (!before || possessive(s, before) || afterPreposition(state, s, before)) break;
      list.unshift(before);
    }
    // "The UN refugee agency, UNHCR, and ...": a name beside its description speaks once.
    return list.filter((x, k) => list.findIndex((y) => y.key === x.key) === k);
  }
  return [m];
}

/** An actor set off by a comma before it ends at e ("The UN refugee agency, UNHCR | , and"). */
function apposedActorEndsAt(state: SummarizeState, s: Sentence, e: number): boolean {
  const m = state.mentionEndingAt(s, e);
  return !!m && s.tokens[m.t0 - 1]?.text === ",";
}

const PERSON_OF = new Set(["of", "from", "at"]);
const ITS_THEIR = new Set(["its", "their"]);

/** "Ana Ode of the union", "Ana Ode from Chile": the person the phrase belongs to. */
function personOf(state: SummarizeState, s: Sentence, m: Mention): Mention | undefined {
  let k = m.t0 - 1;
  if (tokenAt(s.tokens, k)?.low === "the") k--;
  if (!PERSON_OF.has(tokenAt(s.tokens, k)?.low ?? "")) return undefined;
  const p = state.mentionEndingAt(s, k);
  return p && state.entity(p.key)?.kind === "person" ? p : undefined;
}

/**
 * The actor a clause opens with: "The court quashed ..., ruling that", "In Washington,
 * the Commerce Department accused". The first actor, at the start or after an opening phrase.
 */
export function clauseSubject(state: SummarizeState, s: Sentence, before: number): Mention | undefined {
  const m = s.mentions.find((x) => x.role === "actor" && x.t1 <= before);
  if (!m) return undefined;
  let k = m.t0 - 1;
  if (tokenAt(s.tokens, k)?.low === "the") k--;
  const opens = k < s.dateline || tokenAt(s.tokens, k)?.text === ",";
  return opens && !possessive(s, m) && !afterPreposition(state, s, m) ? m : undefined;
}

/** The phrase for whom words were said starting at token j ("reporters", "a news conference"), if any. */
function audienceAt(state: SummarizeState, toks: Token[], j: number): TrieMatch<true> | null {
  const t = toks[j];
  // A word carries the AUDIENCE bit when a phrase starts with it; a token that is no word (a mark, "'s") is looked up.
  if (t?.word && !(t.flags & WordFlag.AUDIENCE)) return null;
  return state.lex.words.audiences.match(toks, j);
}

/** After the reporting words, is there nothing but who it was said to, where and when? */
export function nothingAfter(state: SummarizeState, s: Sentence, v1: number): boolean {
  const toks = s.tokens;
  let j = v1;
  let skipped = 0;
  while (j < toks.length) {
    const t = toks[j]!;
    // Marks are no words: a word is none of the marks tested here.
    if (!t.word) {
      if (STOP.has(t.text)) return true;
      if (t.text === "," || t.text === "”" || t.text === '"') {
        const next = toks[j + 1];
        if (!next || STOP.has(next.text)) return true;
        if (next.text === "“" || next.text === '"') return false;
        const v = verbAt(state, toks, j + 1);
        return !!v && v.values[0]!.participle;
      }
      if (t.text === ":") return false;
    } else if (t.low === "that" || t.low === "whether" || t.low === "how") return false;
    const aud = audienceAt(state, toks, j);
    if (aud) {
      j = aud.end;
      continue;
    }
    if (t.flags & WordFlag.ADVERB || (TIME.has(t.low) && !t.cap)) {
      j++;
      continue;
    }
    if (t.flags & WordFlag.PREPOSITION || ADJUNCT_PREPS.has(t.low)) {
      // "in Moscow", "outside the gates", "at a news conference": a short place or time, no object.
      const end = shortPhraseEnd(state, s, j + 1);
      if (end === j + 1 || ++skipped > 3) return false;
      j = end;
      continue;
    }
    return false;
  }
  return true;
}

const TIME = new Set(["today", "yesterday", "tonight", "earlier", "later", "again", "week", "month", "year"]);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their"]);
/** Words that may open a short phrase of place or time ("the gates", "last week"). */
const PHRASE_OPENERS = new Set([...DETERMINERS, "this", "last", "next"]);

function shortPhraseEnd(state: SummarizeState, s: Sentence, k: number): number {
  const toks = s.tokens;
  const aud = audienceAt(state, toks, k);
  if (aud) return aud.end;
  const m = state.mentionStartingAt(s, k);
  if (m) return m.t1;
  if (PHRASE_OPENERS.has(toks[k]?.low ?? "")) {
    let j = k + 1;
    while (j < toks.length && j - k <= 3 && toks[j]!.word && !(toks[j]!.flags & (WordFlag.COMPLEMENTIZER | WordFlag.PREPOSITION))) j++;
    return j > k + 1 ? j : k;
  }
  let j = k;
  while (j < toks.length && j - k < 4 && (toks[j]!.cap || startsWithDigit(toks[j]!.text))) j++;
  return j;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Where the statement after a reporting verb begins: past who it was said to, where and when, and "that". */
export function complementStart(state: SummarizeState, s: Sentence, v1: number): number {
  const toks = s.tokens;
  const w = state.lex.words;
  let j = v1;
  let past: number, that: number;
  const toldTo = w.audienceVerbs.has(toks[v1 - 1]?.low ?? "");
  for (let guard = 0; j < toks.length && guard < 10; guard++) {
    const t = toks[j]!;
    // "told reporters": whom the words were for; "said the court must" is the statement itself.
    const aud = j === v1 && !toldTo ? null : audienceAt(state, toks, j);
    if (aud) j = aud.end;
    else if (t.low === "that" || t.text === ":" || t.text === "," || t.text === "“" || t.text === '"') return j + 1;
    else if ((past = pastAdjunct(state, s, j)) >= 0) j = past;
    // "said in a joint statement that ...", "wrote in a letter to her counterpart that ...": a short phrase of how it was said, then the statement.
    else if (ADJUNCT_PREPS.has(t.low) && t.low !== "to" && (that = thatWithin(s, j + 1, 8, true)) > 0) return that + 1;
    // "told Pitchside Live this week that ...", "told a Senate hearing in Canberra that ...": whom it was told, by a name no list holds, then the statement.
    else if (j === v1 && toldTo && (t.cap || (ARTICLES.has(t.low) && toks[j + 1]?.cap)) && (that = thatWithin(s, j, 10)) > 0) return that + 1;
    else return j;
  }
  return v1;
}

/** Past "in Moscow", "on 18 December" or "to reporters" at j: where it ends, or -1 when none stands there. */
function pastAdjunct(state: SummarizeState, s: Sentence, j: number): number {
  const low = s.tokens[j]!.low;
  if (ADJUNCT_PREPS.has(low) && low !== "to") {
    const end = adjunctEnd(state, s, j);
    return end > j ? end : -1;
  }
  return low === "to" && audienceAt(state, s.tokens, j + 1) ? adjunctEnd(state, s, j) : -1;
}

/** A "that" within `n` plain words from `from`, or -1. */
function thatWithin(s: Sentence, from: number, n: number, stopAtFor = false): number {
  for (let k = from; k < s.tokens.length && k - from < n; k++) {
    const t = s.tokens[k]!;
    if (t.low === "that") return k;
    // An auxiliary opens a clause of its own ("said at the meeting Peru had agreed that ..."): no short phrase runs on past it.
    if (!t.word || t.flags & WordFlag.AUXILIARY) return -1;
    // "asked during the session for assurances that ...": what is asked for is the statement, not how it was made.
    if (stopAtFor && t.low === "for") return -1;
  }
  return -1;
}

const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

/** End of "in Moscow", "on 18 December", "to reporters": a preposition and a short noun phrase. */
function adjunctEnd(state: SummarizeState, s: Sentence, j: number): number {
  const toks = s.tokens;
  const aud = audienceAt(state, toks, j + 1);
  if (aud) return aud.end;
  let k = j + 1;
  if (DETERMINERS.has(toks[k]?.low ?? "")) k++;
  const start = k;
  while (k < toks.length && k - start < 4 && (toks[k]!.cap || startsWithDigit(toks[k]!.text))) k++;
  // "on Friday evening": a part of the day after its name.
  if (k > start && DAY_PARTS.has(toks[k]?.low ?? "")) k++;
  const m = state.mentionStartingAt(s, start);
  if (m) k = Math.max(k, m.t1);
  // "hit back at the EU's new duties": what is owned is the object, not a place.
  if (toks[k]?.low === "'s") return j;
  return k > start ? k : j;
}

/** End of the quotation that token `t` stands in, or the sentence end. */
export function quoteEnd(s: Sentence, t: number, inQuote: Uint8Array): number {
  if (!inQuote[t]) return s.tokens.length;
  let j = t;
  while (j < s.tokens.length && inQuote[j]) j++;
  return j;
}

/** A frame of the sentence already holds token t: in what it reports, or in its reporting words. */
export function framed(state: SummarizeState, s: Sentence, t: number): boolean {
  for (const f of state.frames) if (f.sent === s.index && ((f.c0 <= t && t < f.c1) || (f.v0 <= t && t < f.v1))) return true;
  return false;
}

/** A frame of a stance adjective ("is open to"), as attribute_speech's stances() names it. */
export function isStanceFrame(f: Frame): boolean {
  return f.how.startsWith('stance "');
}

export function frame(state: SummarizeState, s: Sentence, f: Omit<Frame, "sent" | "actor"> & { actor: string }): Frame {
  const fr: Frame = {
    sent: s.index, actor: state.resolve(f.actor), also: f.also?.map((k) => state.resolve(k)), s0: f.s0, s1: f.s1, v0: f.v0, v1: f.v1, kind: f.kind,
    objectTo: f.objectTo, selfTo: f.selfTo ?? false, c0: f.c0, c1: f.c1, rule: f.rule, how: f.how,
  };
  state.frames.push(fr);
  if (state.tracing) state.note(s.index, fr.rule, `${state.entity(fr.actor)?.name} speaks: "${state.surface(s, fr.v0, fr.v1)}" (${fr.how})`);
  return fr;
}
