// find_typed_organisations: a name the words around it call a body, though it
// has no head word: a kind noun before it, an appositive after it, or "which".
//   "talks with operator Pacific Gateway Terminals" -> Pacific Gateway Terminals
//   "ordered video app Loop to ..." -> Loop (the mention spans "video app Loop")
//   "Northshore Gas Transmission, the pipeline's developer, said" -> Northshore Gas Transmission
//   "The FNSEA, France's largest farm union, said" -> FNSEA
//   "Harbourside, which is owned by a pension fund, said" -> Harbourside
//   "the United Steelworkers union, which ..." -> United Steelworkers (the kind noun after it)
//   "Jon Holden, president of the union, said" -> nothing (a title heads the appositive)
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { appositiveHead, basedWord, capitalRun, dottedSuffix, orgKey, withoutFinalDot } from "../text/orgs.ts";
import { tokenAt } from "../text/at.ts";
import { firstCapitalFrom } from "../text/capitals.ts";

const RULE = "find_typed_organisations";
const MAX_APPOSITIVE = 10;
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "and", "or", "but"]);
/** Marks that open the phrase before a name set off by commas. */
const PHRASE_OPENERS = new Set([",", ";", ":", "“", "”", '"', "("]);

const find_typed_organisations: Rule = (state) => {
  // A name opens with a capitalised word: each sentence is read at its capitals.
  for (const s of state.sentences) {
    if (s.skip || s.titleCase) continue;
    const toks = s.tokens;
    const at = s.caps;
    for (let c = 0; c < at.length; c++) {
      const i = at[c]!;
      const t = toks[i]!;
      if (!t.word || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word && toks[i - 1]!.low !== "the") || state.mentionAt(s, i)) continue;
      // The cheap test first: a lowercase word before the name, or a comma after its first word or few.
      const comma = commaSoon(toks, i);
      const cheap = (i > 0 && toks[i - 1]!.word && !toks[i - 1]!.cap) || comma;
      // "the United Steelworkers union said": the kind noun after the name ("United" may open it here).
      const run = tokenAt(toks, i - 1)?.low === "the" ? capRun(state, s, i) : i;
      const after = run > i && kindAfter(state, s, i, run);
      if (!cheap && !after) continue;
      const kind = after ? -1 : kindBefore(state, s, i);
      // A name is six tokens at most: with no comma that soon, none follows it, and only a kind noun before it can type it.
      if (!after && kind < 0 && !comma) continue;
      const end = after ? run : nameEnd(state, s, i);
      if (end === i) continue;
      const typed = after || kind >= 0 || appositiveKind(state, s, end) || relativeWhich(s, i, end) || kindPhraseBefore(state, s, i, end);
      if (!typed) continue;
      const t0 = kind >= 0 ? kind : i;
      // "Memory Matters UK": the country the name ends with gives way to the body.
      const country = state.mentionAt(s, end - 1);
      if (country?.rule === "find_countries") state.removeMention(s, country);
      const name = withoutFinalDot(state.surface(s, i, end));
      const key = orgKey(name);
      state.ensure(key, "organisation", name, false);
      // The kind noun after the name belongs to the phrase that speaks, not to the name.
      const t1 = after ? end + 1 : end;
      if (after && state.addMention(s, { t0, t1, key, role: "actor", rule: RULE, plural: false, silent: true })) {
        const e = state.entity(key)!;
        e.forms.set(name, (e.forms.get(name) ?? 0) + 1);
        if (state.tracing) state.note(s.index, RULE, `"${name}" -> organisation ("${toks[end]!.text}" after it)`);
      } else if (!after && state.addMention(s, { t0, t1: end, key, role: "actor", rule: RULE, plural: false, nameT0: i }))
        if (state.tracing) state.note(s.index, RULE, `"${name}" -> organisation (${kind >= 0 ? `"${state.surface(s, t0, i)}" before it` : "described as a body"})`);
      // On from the mention's end.
      c = firstCapitalFrom(at, t1, c) - 1;
    }
  }
};

function commaSoon(toks: Sentence["tokens"], i: number): boolean {
  // A comma is no word: words are passed over without comparing their text.
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) if (!toks[k]!.word && toks[k]!.text === ",") return true;
  return false;
}

function capRun(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  let j = i;
  // "the San Francisco-based maker": where a body is based is no part of its name.
  while (j < toks.length && j - i < 5 && toks[j]!.cap && toks[j]!.word && !state.mentionAt(s, j) && !basedWord(toks[j]!.low)) j++;
  return j;
}

/** The capitalised run of a name starting at i, stopping at anything already placed. */
function nameEnd(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const { nonNames, sentenceStarters } = state.lex.words;
  // "Health Minister Ana Ode" opens with a title; "Health Equity Now" only with a word a title may begin with.
  if (nonNames.has(toks[i]!.low) || sentenceStarters.has(toks[i]!.low) || titleAt(state, toks, i) || state.lex.honorifics.has(toks[i]!.low)) return i;
  // The name's capitalised run ("Parents' Voice England", "Parents for Fair Fees"), at most five
  // tokens, up to anything already placed.
  const run = Math.min(capitalRun(state, s, i), i + 5);
  let j = run;
  for (let k = i; k < j; k++) if (state.mentionAt(s, k) && !trailingCountry(state, s, i, k, run)) j = k;
  while (j > i && !(toks[j - 1]!.cap && toks[j - 1]!.word)) j--;
  // "Loop Inc." keeps its suffix's dot.
  if (toks[j]?.text === "." && dottedSuffix(state, toks[j - 1]!.text) && toks[j + 1]) j++;
  return j;
}

/** "Memory Matters UK", "Parents' Voice Kenya": a country's name ending the run is part of the body's name. */
function trailingCountry(state: SummarizeState, s: Sentence, i: number, k: number, run: number): boolean {
  const m = state.mentionAt(s, k)!;
  return k > i && m.t0 === k && m.t1 === run && m.rule === "find_countries";
}

/** "operator | Pacific Gateway", "energy trader | Valtérra", "video app | Loop": where the typed phrase begins, or -1. */
function kindBefore(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const noun = tokenAt(toks, i - 1);
  if (!noun || !noun.word || (noun.cap && i - 1 > 0) || !isKindNoun(state, noun.low)) return -1;
  let t0 = i - 1;
  // One or two modifiers: "energy trader", "social media company", not "said the".
  for (let k = 0; k < 2; k++) {
    const m = tokenAt(toks, t0 - 1);
    if (!m || !m.word || (m.cap && t0 - 1 > 0) || DETERMINERS.has(m.low) || state.lex.words.auxiliaries.has(m.low) || state.lex.words.prepositions.has(m.low) || m.flags & WordFlag.VERB || state.mentionAt(s, t0 - 1)) break;
    t0--;
  }
  return t0;
}

/** ", the pipeline's developer," / ", France's largest farm union,": an appositive whose head is a kind noun. */
function appositiveKind(state: SummarizeState, s: Sentence, end: number): boolean {
  const toks = s.tokens;
  if (toks[end]?.text !== ",") return false;
  // "..., Marketa Ode, said the government wanted a broadcaster that": a verb after the comma, no appositive.
  const first = toks[end + 1];
  if (!first || (!first.cap && (first.flags & WordFlag.VERB || state.lex.words.auxiliaries.has(first.low)))) return false;
  // "Josué Mwamba, who leads a cooperative of diggers,": "who" follows a person.
  if (first.low === "who" || first.low === "whom") return false;
  const head = appositiveHead(s, end);
  const h = tokenAt(toks, head);
  return !!h && !h.cap && isKindNoun(state, h.low) && !titleAt(state, toks, head);
}

/** "The company behind the dam, | Lanxang Riverworks, says": a phrase headed by a kind noun, then the name set off by commas. */
function kindPhraseBefore(state: SummarizeState, s: Sentence, i: number, end: number): boolean {
  const toks = s.tokens;
  if (tokenAt(toks, i - 1)?.text !== "," || !/^[,.]$/.test(toks[end]?.text ?? "")) return false;
  let k = i - 2;
  while (k >= 0 && i - k <= MAX_APPOSITIVE && !PHRASE_OPENERS.has(toks[k]!.text)) k--;
  const t0 = k + 1;
  if (!DETERMINERS.has(toks[t0]?.low ?? "")) return false;
  // The head ends the phrase or comes before its first preposition ("the company | behind the dam"),
  // within two modifiers of the determiner; "the union's general secretary" is headed by a title.
  let head = t0 + 1;
  while (head < i - 1 && !state.lex.words.prepositions.has(toks[head]!.low)) head++;
  head--;
  if (head <= t0 || head - t0 > 3) return false;
  for (let j = t0 + 1; j <= head; j++) if (!toks[j]!.word || toks[j]!.cap || toks[j]!.flags & WordFlag.TITLE) return false;
  return isKindNoun(state, toks[head]!.low);
}

/** "operator", "union", and compounds such as "shipbuilder" or "chipmaker". */
/** "the Unite union said", "the Wagner group": a kind noun right after the name, ending the phrase. */
function kindAfter(state: SummarizeState, s: Sentence, i: number, end: number): boolean {
  const toks = s.tokens;
  const noun = toks[end];
  if (!noun?.word || noun.cap || !state.lex.orgKindNouns.has(noun.low)) return false;
  // Only a name the article opens with "the" ("the Unite union"), and not a compound going on ("union leader").
  const next = toks[end + 1];
  return tokenAt(toks, i - 1)?.low === "the" && (!next || !next.word || (!state.lex.orgKindNouns.has(next.low) && !(next.flags & WordFlag.TITLE) && !state.lex.words.peopleNouns.has(next.low)));
}

function isKindNoun(state: SummarizeState, low: string): boolean {
  if (state.lex.orgKindNouns.has(low)) return true;
  for (const x of state.lex.orgKindSuffixes) if (low.length > x.length + 2 && low.endsWith(x)) return true;
  return false;
}

/** "Pacific Gateway, which is owned by ...": "which", not "who", follows a body. */
function relativeWhich(s: Sentence, i: number, end: number): boolean {
  const toks = s.tokens;
  if (toks[end]?.text !== "," || toks[end + 1]?.low !== "which") return false;
  // Only as the subject the sentence opens with: "in Port Botany, which" is a place, "Ukraine's Maidan Revolution, which" an event.
  return i === 0 || (i === 1 && toks[0]!.low === "the");
}

export default find_typed_organisations;
