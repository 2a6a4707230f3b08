// Reporting verbs and the subject before them.
import type { VerbHit } from "../lexicon/types.ts";
import type { TrieMatch } from "../lexicon/trie.ts";
import { tokenAt } from "./at.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import type { Token } from "./tokens.ts";
import { afterPreposition } from "./subject.ts";
import { basedWord } from "./orgs.ts";
import { WordFlag } from "../lexicon/flags.ts";

/** The verbs of a sentence that holds none, shared: callers only read them (the type says so; not frozen, which would give it a shape of its own and slow every loop over verbs). */
const NO_VERBS: readonly VerbSpan[] = [];

export interface VerbSpan {
  t0: number;
  t1: number;
  hit: VerbHit;
}

/**
 * Walking back from the verb at v0 over the lowercase adverbs right before it ("is | also not |
 * asking"), the first token that is none (never before token 0, which is never walked past).
 */
export function beforeAdverbs(toks: readonly Token[], v0: number): number {
  let b = v0 - 1;
  while (b > 0 && toks[b]!.word && !toks[b]!.cap && toks[b]!.flags & WordFlag.ADVERB) b--;
  return b;
}

/** Is a negation among the tokens (b, v0): the adverbs beforeAdverbs walked over? */
export function negationBetween(toks: readonly Token[], b: number, v0: number): boolean {
  for (let k = b + 1; k < v0; k++) if (toks[k]!.flags & WordFlag.NEGATION) return true;
  return false;
}

/** "approved", "withdrawn": a past participle, regular or from the dictionary's irregular ones. */
export function pastParticiple(state: SummarizeState, low: string): boolean {
  return (low.endsWith("ed") && low.length > 3) || state.lex.words.irregularParticiples.has(low);
}

/** Reporting verbs of the sentence (lowercase in the text, or opening a Title Case line). Computed once. */
export function verbSpans(state: SummarizeState, s: Sentence): readonly VerbSpan[] {
  const cached = s.verbCache;
  if (cached) return cached;
  if (!(s.flags & WordFlag.VERB)) return (s.verbCache = NO_VERBS);
  const spans: VerbSpan[] = [];
  const { verbs } = state.lex;
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.flags & WordFlag.VERB)) continue;
    if (t.cap && !s.titleCase && i > 0) continue;
    const m = verbs.match(toks, i);
    if (!m) continue;
    if (!particleAfter(toks, m)) spans.push({ t0: i, t1: m.end, hit: m.values[0]! });
    i = m.end - 1;
  }
  s.verbCache = spans;
  return spans;
}

/** The reporting verb whose words start at i, unless a particle makes it another verb ("would not back down"). */
export function verbAt(state: SummarizeState, toks: Token[], i: number): TrieMatch<VerbHit> | null {
  const m = state.lex.verbs.match(toks, i);
  return m && !particleAfter(toks, m) ? m : null;
}

/** "would not back down", "called off the strike": a verb with its particle is another verb, reporting nothing. */
function particleAfter(toks: readonly Token[], m: TrieMatch<VerbHit>): boolean {
  // Few verbs have such particles: an empty list is not asked.
  const particles = m.values[0]!.notBefore;
  return particles.size !== 0 && particles.has(toks[m.end]?.low ?? "");
}

/**
 * The reporting verb at j, past auxiliaries and adverbs ("it has also denied", "if Sofia formally
 * requested", "were to ask"), lowercase as verbs are inside a sentence; undefined when none is there.
 */
export function verbAfter(state: SummarizeState, s: Sentence, j: number): VerbHit | undefined {
  const toks = s.tokens;
  for (let t = toks[j]; t && (t.flags & AUX_OR_ADVERB || t.low === "to" || lyAdverb(t)); t = toks[j]) j++;
  const t = toks[j];
  if (!t || !(t.flags & WordFlag.VERB) || t.cap) return undefined;
  return verbAt(state, toks, j)?.values[0];
}

const AUX_OR_ADVERB = WordFlag.AUXILIARY | WordFlag.ADVERB;

/** A lowercase word of five letters or more ending in "ly" ("formally"). */
function lyAdverb(t: Token): boolean {
  return !t.cap && t.low.length > 4 && t.low.endsWith("ly");
}

/** Is the mark at j a closing one (a quotation open before it)? */
function quoteClosesAt(s: Sentence, j: number): boolean {
  let open = s.quoteOpen;
  for (let k = 0; k < j; k++) {
    const t = s.tokens[k]!;
    if (t.word) continue; // a word is no quotation mark
    const x = t.text;
    if (x === "“") open = true;
    else if (x === "”") open = false;
    else if (x === '"') open = !open;
  }
  return open && s.tokens[j]!.text === '"';
}

const SEGMENT_OPENERS = new Set([",", "“", '"', "(", "—", "–"]);
/** Does the mention begin its comma-delimited stretch ("..., Ana Ode, said"), rather than close an aside ("..., a professor at Ottawa University, said")? */
function segmentStart(s: Sentence, t0: number): boolean {
  let k = t0 - 1;
  // "..., Dubai-based Orenda Marine Management, denied": where a body is based belongs to its name's phrase.
  if (basedWord(tokenAt(s.tokens, k)?.low ?? "")) k--;
  if (tokenAt(s.tokens, k)?.low === "the") k--;
  return k < 0 || SEGMENT_OPENERS.has(s.tokens[k]!.text);
}

/** An actor that ends at the comma at j and opens its stretch, after no preposition ("..., retired General Keith Moor, said"). */
function subjectBeforeComma(state: SummarizeState, s: Sentence, j: number): boolean {
  const m = state.mentionEndingAt(s, j);
  return !!m && !afterPreposition(state, s, m) && segmentStart(s, m.t0);
}

/** Where the actor named before ", which ..., " ends, when that clause closes at the comma at j; -1 when there is none. */
function relativeAside(state: SummarizeState, s: Sentence, j: number): number {
  const toks = s.tokens;
  for (let k = j - 1; k >= 0 && j - k < 30; k--) {
    // Only marks stop the search or close the clause: words are passed over.
    if (toks[k]!.word) continue;
    const x = toks[k]!.text;
    if (x === ";" || x === "“" || x === "”" || x === '"' || x === ".") return -1;
    if (x !== "," || !(toks[k + 1]!.flags & WordFlag.RELATIVE_PRONOUN)) continue;
    const m = state.mentionEndingAt(s, k);
    const paren = tokenAt(toks, k - 1)?.text === ")" ? s.mentions.find((y) => y.role === "actor" && toks[y.t1]?.text === "(" && y.t1 >= k - 4) : undefined;
    return m ? personWithRole(state, s, m) ?? k : paren ? paren.t1 : -1;
  }
  return -1;
}

/**
 * "Paolo Rinaldi, chief executive of the Consorzio Stadio Roma Est, which ...": the body ends a
 * role set off after a person's name; where that name ends (the subject), or undefined.
 */
function personWithRole(state: SummarizeState, s: Sentence, body: Mention): number | undefined {
  const toks = s.tokens;
  let k = body.t0 - 1;
  if (tokenAt(toks, k)?.low === "the") k--;
  if (!state.lex.words.rolePrepositions.has(tokenAt(toks, k)?.low ?? "")) return undefined;
  for (let c = k - 1; c > 0 && k - c <= 6; c--) {
    const t = toks[c]!;
    if (t.text === ",") {
      const person = state.mentionEndingAt(s, c);
      return person && state.entity(person.key)?.kind === "person" ? c : undefined;
    }
    if (!t.word) return undefined;
  }
  return undefined;
}

const SPANS = new Set(["days", "weeks", "months", "years", "decades"]);
const IN_AT = new Set(["in", "at"]);
/** Where a place named after "in"/"at" starts when it ends at token j, right after an actor; else -1. */
function placeAt(state: SummarizeState, s: Sentence, j: number): number {
  const toks = s.tokens;
  const m = state.mentionAt(s, j);
  // A known place, or one capitalised word no rule has placed ("the court in Karlsruhe").
  const t0 = m ? (m.role === "place" && m.t1 === j + 1 ? m.t0 : -1) : toks[j]!.cap && toks[j]!.word && !tokenAt(toks, j - 1)?.cap ? j : -1;
  if (t0 < 0 || !IN_AT.has(tokenAt(toks, t0 - 1)?.low ?? "")) return -1;
  return state.mentionAt(s, t0 - 2)?.role === "actor" ? t0 : -1;
}

/** Words before "as" that give a name ("known as", "dubbed"). */
export const KNOWN_AS = /^(?:known|called|dubbed|nicknamed)$/;
/** Words a date adverbial opens with ("on Tuesday", "last March"). */
/** Marks an appositive between commas never holds. */
const APPOSITIVE_BREAKS = new Set([";", ":", ".", "“", "”", '"']);
/** How many tokens an appositive between commas may hold; and one that holds a relative clause. */
const APPOSITIVE_REACH = 16;
export const APPOSITIVE_REACH_RELATIVE = 30;
const TIME_OPENERS = new Set(["on", "last", "this", "in", "early", "late"]);
/** The names of the days and months, in lowercase. */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/** Words of a date besides its numbers: days, months and months cut short. */
const DATE_WORDS = new Set([...DAY_AND_MONTH_NAMES, "jan.", "feb.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]);
/** Words a time adverbial ends with, spelled in lowercase ("last week", "on Monday", "tonight"). */
const TIME_ENDS = new Set(["week", "month", "year", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** A word of a date: a number, a day or a month ("on Tuesday", "on 18 December", "last Aug."). */
function timeWord(low: string): boolean {
  return DATE_WORDS.has(low) || allDigits(low);
}

function allDigits(low: string): boolean {
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return low.length > 0;
}

/** "wrote to X last week asking ...": a word that ends a time adverbial. */
export function endsTime(low: string): boolean {
  return TIME_ENDS.has(low);
}

/**
 * Index just past the subject before the verb at `v`: skips auxiliaries,
 * adverbs, a date ("on Tuesday") and one appositive between commas
 * ("Keith Moor, the union's president, said"). -1 when the verb starts the clause.
 */
export function subjectEnd(state: SummarizeState, s: Sentence, v: number): number {
  const toks = s.tokens;
  let j = v - 1;
  let commas = 0;
  let place: number, aside: number;
  while (j >= 0) {
    const t = toks[j]!;
    // "Health Equity Now, ..., said": an adverb that ends a name is the name's.
    if ((t.flags & AUX_OR_ADVERB || lyAdverb(t)) && !(t.cap && state.mentionAt(s, j))) j--;
    // "the central bank “needs to": a quotation opening on the verb.
    else if (j === v - 1 && (t.text === "“" || t.text === '"') && !quoteClosesAt(s, j)) j--;
    // A date word written as a date is written: a capitalised name ("Tuesday") or a number.
    else if (t.cap ? timeWord(t.low) : allDigits(t.low)) {
      let k = j - 1;
      while (k >= 0 && timeWord(toks[k]!.low)) k--;
      if (k >= 0 && TIME_OPENERS.has(toks[k]!.low)) j = k - 1;
      else break;
    } else if ((place = placeAt(state, s, j)) >= 0) {
      // "The U.S. Embassy in Belgrade urged", "the court in Karlsruhe found": where, not who.
      j = place - 2;
    } else if (tokenAt(toks, j - 1)?.low === "for" && SPANS.has(t.low)) {
      // "Astana has for months called on ...": how long, not who.
      j -= 2;
    } else if (t.text === ")") {
      // "the Monetary Policy Committee (MPC) said": past the bracket.
      let k = j - 1;
      while (k >= 0 && j - k < 8 && toks[k]!.text !== "(") k--;
      if (k < 1 || toks[k]!.text !== "(") break;
      j = k - 1;
    } else if (t.text === "," && (aside = relativeAside(state, s, j)) >= 0) {
      // "Loop Inc., which is based in San Jose, California, said": past the whole relative clause.
      return aside;
    } else if (t.text === "," && subjectBeforeComma(state, s, j)) {
      // "..., retired General Keith Moor, said": the name right before the comma is the subject.
      j--;
      break;
    } else if (t.text === "," && commas < 2) {
      // One appositive: ", the union's president," -> look before the first comma.
      // ", a nurse from Halifax who is due to fly to Vancouver on Saturday,": a relative clause inside lets it run longer.
      let k = j - 1;
      let reach = APPOSITIVE_REACH;
      while (k >= 0 && j - k < reach && toks[k]!.text !== "," && !APPOSITIVE_BREAKS.has(toks[k]!.text)) {
        if (toks[k]!.flags & WordFlag.RELATIVE_PRONOUN) reach = APPOSITIVE_REACH_RELATIVE;
        k--;
      }
      if (k < 1 || toks[k]!.text !== ",") break;
      // "Its chair, Ana Ode of Samoa, warned": the name is the appositive, and the subject.
      const named = s.mentions.find((m) => m.t0 === k + 1 && m.role === "actor" && state.entity(m.key)?.kind === "person");
      if (named && (named.t1 === j || (/^(?:of|from)$/.test(toks[named.t1]!.low) && s.mentions.some((m) => m.t1 === j && m.t0 <= named.t1 + 2)))) return named.t1;
      // "The authority, known as the Garante, said": the name the appositive gives is the subject.
      const alias = KNOWN_AS.test(toks[k + 1]?.low ?? "") ? s.mentions.find((m) => m.t1 === j && m.role === "actor" && m.t0 <= k + 4) : undefined;
      if (alias && !state.mentionAt(s, k - 1)) return alias.t1;
      commas++;
      j = k - 1;
    } else break;
  }
  return j + 1;
}
