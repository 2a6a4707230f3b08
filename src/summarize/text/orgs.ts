// Organisation name shapes: capitalised runs with a head word or a company
// suffix, and "Full Name (ACRONYM)" pairs.
import type { Sentence, SummarizeState } from "../state.ts";
import { dictAt } from "./names.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { straightApostrophes } from "./tokens.ts";
import { titleAt } from "./titles.ts";
import { DAY_AND_MONTH_NAMES } from "./verbs.ts";

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;
/** Lowercase words that may join a name to the place it serves, right before its acronym: "Mission in Armenia (EUMA)". */
const BEFORE_ACRONYM = new Set(["in", "on", "at", "for", "of", "to"]);

const MAX_APPOSITIVE = 10;
/** Words after an appositive's head noun: "a regional bank | with deep roots", "the pipeline's developer | based in". */
const APPOSITIVE_CUT = new Set(["of", "for", "in", "at", "with", "based", "that", "which", "who", "owned", "run", "formed", "founded", "created", "set", "launched", "backed", "funded", "led"]);

/**
 * The head noun of the appositive opening with the comma at `comma` ("Northshore Gas, the pipeline's
 * developer,", "Banca Tirrenica, a regional bank with deep roots"): the word before its first cut
 * word or closing mark, or -1 when none comes within ten words.
 */
export function appositiveHead(s: Sentence, comma: number): number {
  const toks = s.tokens;
  for (let j = comma + 1; j < toks.length && j - comma <= MAX_APPOSITIVE; j++) {
    const t = toks[j]!;
    if (t.text === "," || t.text === "." || t.text === ";" || (j > comma + 1 && (APPOSITIVE_CUT.has(t.low) || participleBeforePreposition(toks, j)))) return j - 1;
  }
  return -1;
}

/** "the largest home-rental platform | operating in Portugal": a lowercase -ing word before a preposition opens what follows the head. */
function participleBeforePreposition(toks: Sentence["tokens"], j: number): boolean {
  const t = toks[j]!;
  return !t.cap && t.low.length > 5 && t.low.endsWith("ing") && ((toks[j + 1]?.flags ?? 0) & WordFlag.PREPOSITION) !== 0;
}

/** End of a capitalised run starting at i (connectors and inner possessives allowed), or i. */
export function capitalRun(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const { orgConnectors } = state.lex;
  let j = i;
  let end = i;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.cap && t.word) end = ++j;
    // "National Financial Prosecutor's Office": a possessive inside the name, not a country's ("Japan's Toyota").
    else if (j > i && t.low === "'s" && toks[j + 1]?.cap && !dictAt(state, s, j - 1)) j++;
    // "Dock and Transport Workers' Union": a plural possessive inside the name.
    else if (j > i && (t.text === "'" || t.text === "’") && toks[j - 1]!.text.endsWith("s") && toks[j + 1]?.cap) j++;
    // "Food and Agriculture Organization", but not "the Bank and the Treasury".
    else if (j > i && orgConnectors.has(t.low) && capAfter(state, toks, j + 1) && !(t.low === "and" && toks[j + 1]?.low === "the")) j++;
    else break;
  }
  return end;
}

/** A capitalised word (not a date word) after one or two connectors: "of the Willing", not "on December". */
function capAfter(state: SummarizeState, toks: Sentence["tokens"], j: number): boolean {
  if (state.lex.orgConnectors.has(toks[j]?.low ?? "")) j++;
  const t = toks[j];
  return !!t && t.cap && !DAY_AND_MONTH_NAMES.has(t.low);
}

/** Where a name opening at i begins: past an article ("the Welsh Government", "A Welsh Government spokesperson"). */
export function nameStart(toks: Sentence["tokens"], i: number): number {
  const low = toks[i]?.low;
  const k = low === "the" || ((low === "a" || low === "an") && toks[i]!.cap) ? i + 1 : i;
  // "Dubai-based Orenda Marine Management": where a body is based describes it, and is no part of its name.
  return basedWord(toks[k]?.low ?? "") && toks[k + 1]?.cap ? k + 1 : k;
}

const BASED = /^[\p{L}.'-]+-based$/u;

/** "Dubai-based", "London-based": where a body is based, before its name. */
export function basedWord(low: string): boolean {
  // The ending the pattern asks for, tested first.
  return low.endsWith("-based") && BASED.test(low);
}

/** Words of the lexicon's org shapes, worked out once per lexicon (a loaded lexicon does not change). */
/** Is `word` + "." a company suffix ("Inc" of "Inc.")? Asked without building the dotted string. */
export function dottedSuffix(state: SummarizeState, word: string): boolean {
  return state.lex.orgWords.dotless.has(word);
}

/**
 * Where the sentence's last head word or company suffix stands, or -1: orgShapeAt finds no shape
 * starting after it, as every shape holds one of them.
 */
export function lastOrgWord(state: SummarizeState, s: Sentence): number {
  const w = state.lex.orgWords;
  // A token spelled as a head word or suffix carries the ORG_WORD bit: a sentence without it holds none (the cheap test first).
  if (!(s.flags & WordFlag.ORG_WORD)) return -1;
  const { tokens: toks, caps } = s;
  if (w.capitalised) {
    for (let c = caps.length - 1; c >= 0; c--) {
      const t = toks[caps[c]!]!;
      if (t.flags & WordFlag.ORG_WORD && w.words.has(t.text)) return caps[c]!;
    }
    return -1;
  }
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i]!.flags & WordFlag.ORG_WORD && w.words.has(toks[i]!.text)) return i;
  return -1;
}

/** The org shape starting at i: a run that holds a head word or ends in a company suffix. */
export function orgShapeAt(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const first = toks[i];
  if (!first?.cap || !first.word || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word)) return i;
  // "At the University of Cape Town": a capitalised preposition opens the sentence, not the name (a word: its bit says so).
  if (first.flags & WordFlag.PREPOSITION) return i;
  const t0 = nameStart(toks, i);
  let end = capitalRun(state, s, t0);
  if (end - t0 < 1) return i;
  // Head words and suffixes are among the org words: a token the ORG_WORD bit rules out is neither (the cheap test first).
  let lastHead = -1;
  for (let j = t0; j < end; j++) if (toks[j]!.flags & WordFlag.ORG_WORD && (state.lex.orgHeads.has(toks[j]!.text) || (state.lex.ofHeads.has(toks[j]!.text) && toks[j + 1]?.low === "of"))) lastHead = j;
  const suffixed = toks[end - 1]!.flags & WordFlag.ORG_WORD && (state.lex.orgSuffixes.has(toks[end - 1]!.text) || dottedSuffix(state, toks[end - 1]!.text));
  if (lastHead < 0 && !suffixed) return i;
  // "Lawyers for Acme Corp": the people who speak for a body are not part of its name; nor is "Minister of Energy" a body.
  if (state.lex.words.peopleNouns.has(toks[t0]!.low) || roleOf(state, s, t0)) return i;
  // "Masato Ikegami of the Fisheries Agency": a person's name, then the body they are of.
  if (personOf(state, s, t0, lastHead)) return i;
  // "Bank of England and Barclays": after the head only "of", "for", "on" phrases belong to the name,
  // unless an acronym right after spells the whole run ("Chamber of Commerce and Industry (CCI)").
  const spelled = acronymAfter(s, end);
  if (lastHead >= 0 && !(spelled && initialsFit(s, t0, end, spelled))) for (let j = lastHead + 1; j < end; j++) if ((toks[j]!.low === "and" && !innerAnd(state, s, lastHead, j, end)) || toks[j]!.low === "'s") {
    end = j;
    break;
  }
  end = personAfter(state, s, t0, end);
  // "across England and Wales", "Congress and the Senate": heads joined by "and" are two names, not one.
  if (headsJoined(state, toks, t0, end)) return i;
  // "the Home Nations Rugby League Grand Final": an event, held by the body named before it.
  if (state.lex.eventWords.has(toks[end - 1]!.text)) {
    if (lastHead < 0 || lastHead >= end - 1 || lastHead + 1 - t0 < 2) return i;
    end = lastHead + 1;
  }
  // "the Digital Services Act", "the Paris Agreement": a document, not a body.
  if (state.lex.documentWords.has(toks[end - 1]!.text)) return i;
  const suffix = state.lex.orgSuffixes.has(toks[end - 1]!.text) || (toks[end]?.text === "." && dottedSuffix(state, toks[end - 1]!.text));
  const dot = toks[end]?.text === "." && dottedSuffix(state, toks[end - 1]!.text) && toks[end + 1] !== undefined;
  if (suffix && end - t0 >= 2) return dot ? end + 1 : end;
  // "directed Parliament to act": a few heads name a body on their own.
  if (end - t0 === 1 && state.lex.loneHeads.has(toks[t0]!.text)) return end;
  if (lastHead < 0 || end - t0 < 2) return i;
  return beforeAcronym(state, s, end);
}

/**
 * "Institute for Health and Care Excellence", "Department of Health and Social Care": an "and" inside
 * the of-phrase joins its words, unless a known name stands beside it or a second body follows
 * ("Bank of England and Barclays", "Institute of Physics and Acme Holdings").
 */
function innerAnd(state: SummarizeState, s: Sentence, head: number, and: number, end: number): boolean {
  const toks = s.tokens;
  let inPhrase = false;
  for (let j = head + 1; j < and; j++) if (/^(?:of|for|on)$/.test(toks[j]!.low)) inPhrase = true;
  if (!inPhrase || dictAt(state, s, and - 1) || dictAt(state, s, and + 1)) return false;
  for (let j = and + 1; j < end; j++) if (state.lex.orgHeads.has(toks[j]!.text) || state.lex.orgSuffixes.has(toks[j]!.text)) return false;
  return true;
}

/**
 * "the Department of Agriculture | Fergal Tormey said": a person's name run on to the body's,
 * right before a reporting verb. The of-phrase keeps at least one word ("Ministry of Foreign Affairs").
 */
function personAfter(state: SummarizeState, s: Sentence, t0: number, end: number): number {
  const toks = s.tokens;
  const next = toks[end];
  if (!next || next.cap || !(next.flags & WordFlag.VERB || state.lex.words.auxiliaries.has(next.low))) return end;
  const p0 = end - 2;
  if (p0 < t0 + 3 || toks[p0 - 1]!.low === "of" || !toks[p0 - 1]!.cap) return end;
  let of = -1;
  for (let j = t0; j < p0; j++) if (toks[j]!.low === "of") of = j;
  if (of < 0 || of + 1 >= p0) return end;
  for (let j = p0; j < end; j++) {
    const t = toks[j]!;
    if (!(t.flags & WordFlag.NAME_WORD) || dictAt(state, s, j) || state.lex.orgHeads.has(t.text) || state.lex.companyHeads.has(t.text)) return end;
  }
  return p0;
}

/** Two or three name words with no head word, then "of": a person named with the body they belong to. */
function personOf(state: SummarizeState, s: Sentence, t0: number, lastHead: number): boolean {
  const toks = s.tokens;
  let of = t0;
  while (of < lastHead && toks[of]!.low !== "of") of++;
  if (of >= lastHead || of - t0 < 2 || of - t0 > 3) return false;
  for (let j = t0; j < of; j++) {
    const t = toks[j]!;
    if (!(t.flags & WordFlag.NAME_WORD) || state.lex.orgHeads.has(t.text) || state.lex.companyHeads.has(t.text) || dictAt(state, s, j)) return false;
  }
  return true;
}

/** "Minister of Energy", "Secretary for Trade": a title and what it is of, not a body. */
function roleOf(state: SummarizeState, s: Sentence, t0: number, modifier = true): boolean {
  // Past the sentence's last token (a one-word shape there, asked about the word after it) no title stands.
  const t = s.tokens[t0];
  if (!t || state.lex.orgHeads.has(t.text)) return false;
  const m = titleAt(state, s.tokens, t0);
  if (m) return /^(?:of|for)$/.test(s.tokens[m.end]?.low ?? "");
  // "European Commissioner for Preparedness and Crisis Management": one word before the title.
  return modifier && roleOf(state, s, t0 + 1, false);
}

/** "European Union Monitoring Mission | in Armenia (EUMA)": the name runs on to its acronym. */
function beforeAcronym(state: SummarizeState, s: Sentence, end: number): number {
  const toks = s.tokens;
  if (!BEFORE_ACRONYM.has(toks[end]?.low ?? "")) return end;
  // "Chamber of Commerce to the EU (CCCEU)": the place or body it serves may take "the".
  const from = toks[end + 1]?.low === "the" ? end + 2 : end + 1;
  const k = capitalRun(state, s, from);
  return k > from && toks[k]?.text === "(" && ACRONYM.test(toks[k + 1]?.text ?? "") && toks[k + 2]?.text === ")" ? k : end;
}

/** Does [t0, end) hold only heads and connectors, with an "and" among them? */
function headsJoined(state: SummarizeState, toks: Sentence["tokens"], t0: number, end: number): boolean {
  let and = false;
  for (let j = t0; j < end; j++) {
    const t = toks[j]!;
    if (t.low === "and") and = true;
    else if (!state.lex.orgHeads.has(t.text) && !state.lex.orgConnectors.has(t.low)) return false;
  }
  return and;
}

/** The key of a body the article names: "org:" and the name in lowercase, curly apostrophes made straight. */
export function orgKey(name: string): string {
  const low = name.toLowerCase();
  return "org:" + straightApostrophes(low);
}

/** A name without a final dot and the spaces before it ("Loop Inc." -> "Loop Inc"); the pattern is asked only of a name ending in one. */
export function withoutFinalDot(name: string): string {
  return name.endsWith(".") ? name.replace(/\s*\.$/, "") : name;
}

/** "(ABC)" right after tokens ending at `end`: an organisation's name defines its acronym for the article. */
export function acronymAfter(s: Sentence, end: number): string | null {
  const toks = s.tokens;
  if (toks[end]?.text !== "(" || toks[end + 2]?.text !== ")") return null;
  const acr = toks[end + 1]!.text;
  return ACRONYM.test(acr) ? acr : null;
}

/** Do the letters of an acronym spell the initials of [t0, end)? For names without a head word. */
export function initialsFit(s: Sentence, t0: number, end: number, acr: string): boolean {
  // The first letter of each capitalised word, read against the acronym's letters one by one.
  let n = 0;
  for (let j = t0; j < end; j++) {
    const t = s.tokens[j]!;
    if (!t.cap || !t.word) continue;
    if (n >= acr.length || t.text.charCodeAt(0) !== acr.charCodeAt(n)) return false;
    n++;
  }
  return n >= 2 && n === acr.length;
}
