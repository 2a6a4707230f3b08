// Whether a cue phrase found in a statement really cues there: the words it
// must not follow, the look-ahead a condition needs, the "X to do" a verb of
// wanting needs.
import type { CueHit } from "../lexicon/types.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { singularOf } from "./people.ts";

export interface CueAt {
  t0: number;
  t1: number;
  hit: CueHit;
}

/** The cue starting at t in a statement beginning at `from`, if it holds there: the longest phrase with a hit that holds, and its first such hit. */
export function cueAt(state: SummarizeState, s: Sentence, t: number, from: number): CueAt | undefined {
  const tok = s.tokens[t]!;
  if (!(tok.flags & WordFlag.CUE)) return undefined;
  // Every cue starting with a CUE_PAIRED word has a second word with the CUE_SECOND bit (a token that is no word, a mark or "'s", is matched).
  const next = s.tokens[t + 1];
  if (tok.flags & WordFlag.CUE_PAIRED && (!next || (next.word && !(next.flags & WordFlag.CUE_SECOND)))) return undefined;
  matching = state;
  matchingIn = s;
  matchingFrom = from;
  const m = state.lex.cues.match(s.tokens, t, holdsInMatch);
  return m ? { t0: t, t1: m.end, hit: m.values[0]! } : undefined;
}

// The match cueAt is making, for holdsInMatch: the trie hands its test only the phrase and its span.
// holds() makes no match of its own, so no other match sets them before the trie is done.
let matching: SummarizeState;
let matchingIn: Sentence;
let matchingFrom = 0;

/** holds() for the phrase [t, b) of the match cueAt is making. */
function holdsInMatch(h: CueHit, t: number, b: number): boolean {
  return holds(matching, matchingIn, t, matchingFrom, h, b);
}

/** Does the phrase [t, b) cue here: not after or before the words that cancel it, with what it needs? */
function holds(state: SummarizeState, s: Sentence, t: number, from: number, h: CueHit, b: number): boolean {
  const toks = s.tokens;
  // Cancelled by the word before or after it ("cannot | expect", "cannot | keep squeezing").
  // Most cues have no such words: an empty list is not asked (nor the neighbour's spelling read).
  if ((h.notAfter.size !== 0 && h.notAfter.has(toks[t - 1]?.low ?? "")) || (h.notBefore.size !== 0 && h.notBefore.has(toks[b]?.low ?? ""))) return false;
  // A condition that needs a modal or a negation before it in the statement.
  if (h.needsModal && !looksAhead(s, from, t, WordFlag.MODAL)) return false;
  if (h.needsNegation && !looksAhead(s, from, t, WordFlag.NEGATION)) return false;
  // "expects X to": someone asked, then "to".
  return h.target !== "object_to" || objectTo(state, s, b);
}

/** "would sign only after ...", "no signature until ...": a word of the list `bit` marks (modals, or negations) before the condition. */
function looksAhead(s: Sentence, from: number, t: number, bit: number): boolean {
  for (let k = Math.max(0, from); k < t; k++) if (s.tokens[k]!.flags & bit) return true;
  return false;
}

const QUOTES = new Set(['"', "“", "‘", "'"]);
const OBJECT_DETERMINERS = new Set(["the", "our", "its", "their", "his", "her", "both", "all", "other", "my", "your", "every", "each"]);

/** A word that may open the one a verb acts on: a determiner ("the league") or an object pronoun ("them"). */
export function opensObject(state: SummarizeState, low: string): boolean {
  return OBJECT_DETERMINERS.has(low) || state.lex.words.objectPronouns.has(low);
}

/**
 * "expects our partners to call", "needs Azerbaijan to respect": someone, then "to" and a verb
 * ("expects prices to rise" is a forecast, not a demand). It holds only with a "to" at least one
 * word past j, which cue_words.ts's objectDemandMayStart tests first: keep the two in step.
 */
function objectTo(state: SummarizeState, s: Sentence, j: number): boolean {
  const toks = s.tokens;
  if (toks[j]?.low === "to" || toks[j]?.low === "that") return false;
  // "expected \"all states to honour ...\"": the quotation may open before the one asked;
  // "expected \"every member, without exception\" to submit": or hold all of the one asked.
  let close = -1;
  if (QUOTES.has(toks[j]?.text ?? "")) {
    j++;
    for (let k = j; k < toks.length && k - j < 12; k++) if (QUOTES.has(toks[k]!.text)) {
      close = k;
      break;
    }
  }
  let o = j;
  while (o < toks.length && o - j < 2 && OBJECT_DETERMINERS.has(toks[o]!.low)) o++;
  const m = state.mentionAt(s, o) ?? state.mentionAt(s, j);
  // "commercial creditors", "all member states": one modifier before the noun for who is asked.
  if (!(m?.role === "actor" || asked(state, toks[o]) || (toks[o]?.word && !toks[o]!.cap && asked(state, toks[o + 1])))) return false;
  if (close >= 0 && toks[close + 1]?.low === "to") return /^[a-z]/.test(toks[close + 2]?.text ?? "");
  for (let k = j; k < toks.length && k - j < 7; k++) {
    const t = toks[k]!;
    // "warned Manila to \"stop provocations\"": a quotation may open on the verb.
    if (t.low === "to") return k > j && /^[a-z]/.test((QUOTES.has(toks[k + 1]?.text ?? "") ? toks[k + 2] : toks[k + 1])?.text ?? "");
    // "expected Los Gatos “to follow the law”": a quotation may open on the "to".
    if (QUOTES.has(t.text) && toks[k + 1]?.low === "to") continue;
    if (!t.word || t.flags & WordFlag.COMPLEMENTIZER) return false;
  }
  return false;
}

/** A noun for people or bodies who can be asked to act ("creditors", "member", "them"), not things ("prices"). */
function asked(state: SummarizeState, t: Sentence["tokens"][number] | undefined): boolean {
  if (!t) return false;
  const w = state.lex.words;
  // "all platforms", "the airlines", "the agencies": a plural of a kind of body is asked as the kind is.
  const one = singularOf(t.low);
  const low = state.lex.orgKindNouns.has(one) ? one : t.low;
  // "the region", "the province": one of a plural of parties ("regions", "provinces").
  const many = low.endsWith("y") ? low.slice(0, -1) + "ies" : low + "s";
  return w.pluralHeads.has(low) || w.pluralHeads.has(many) || w.peopleNouns.has(low) || w.objectPronouns.has(low) || w.actingGroups.get([low]).length > 0 || w.socialGroups.get([low]).length > 0 || state.lex.orgKindNouns.has(low) || state.lex.genericOrgNouns.has(low) || state.lex.governmentDescriptors.has(low);
}

/**
 * Where the subject of a condition opening at t begins, or -1: "if X", "unless X", "once X",
 * "provided (that) X", "as soon as X" ("the aid provided to Kyiv" opens none).
 */
export function conditionAt(toks: Sentence["tokens"], t: number): number {
  const low = toks[t]!.low;
  if (low === "if" || low === "unless" || low === "once") return t + 1;
  if (low === "provided" && !toks[t - 1]?.word) return toks[t + 1]?.low === "that" ? t + 2 : t + 1;
  if (low === "that" && toks[t - 1]?.low === "provided") return t + 1;
  return low === "as" && toks[t + 1]?.low === "soon" && toks[t + 2]?.low === "as" ? t + 3 : -1;
}
