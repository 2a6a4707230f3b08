// Words of the cue list that say where a cue of some kind can stand: the cheap test
// before a cue match. A match whose hit is of that kind is a phrase of the list, so a
// word no such phrase has at that place rules the match out.
import type { Lexicon } from "../lexicon/types.ts";
import type { Token } from "./tokens.ts";
import { shapeOf } from "./tokens.ts";
import { WordFlag } from "../lexicon/flags.ts";

export interface CueWords {
  /** First words of demand cues that ask someone to act ("expects X to"). */
  objectDemandFirst: Set<string>;
  /** Demand cues of one word that make their subject act ("must"). */
  subjectDemandOne: Set<string>;
  /** The first words of two-word demand cues that make their subject act, by their last ("to" -> "need"). */
  subjectDemandTwo: Map<string, Set<string>>;
  /** Cues of one word that set terms ("precondition"). */
  termsOne: Set<string>;
  /** The second words of longer cues that set terms, by their first ("conditional" -> "on"). */
  termsTwo: Map<string, Set<string>>;
  /**
   * One word of each cue that sets terms, its longest ("conditions" of "set out its conditions"), each a
   * word with the TERMS bit; null when some such cue has no word with the bit to stand for it.
   */
  termsAnchors: Set<string> | null;
}

/**
 * Can a demand cue asking someone to act ("expects X to", "told X to") start at token v0? Its first word
 * stands there, and a "to" follows after the one asked: the "to" cues.ts's objectTo then reads.
 */
export function objectDemandMayStart(words: CueWords, toks: Token[], v0: number): boolean {
  // A cue's first word carries the CUE bit.
  const verb = toks[v0]!;
  if (!(verb.flags & WordFlag.CUE) || !words.objectDemandFirst.has(verb.low)) return false;
  for (let k = v0 + 2; k < toks.length; k++) if (toks[k]!.low === "to") return true;
  return false;
}

/** Can a demand cue of one or two words that makes its subject act end right before token `end`? */
export function subjectDemandMayEnd(words: CueWords, toks: Token[], end: number): boolean {
  const last = toks[end - 1]?.low ?? "";
  return words.subjectDemandOne.has(last) || (end >= 2 && !!words.subjectDemandTwo.get(last)?.has(toks[end - 2]!.low));
}

/** Can a cue that sets terms start at token t? Its one word, or its first two words, stand there. */
export function termsMayStart(words: CueWords, toks: Token[], t: number): boolean {
  const low = toks[t]!.low;
  return words.termsOne.has(low) || (t + 1 < toks.length && !!words.termsTwo.get(low)?.has(toks[t + 1]!.low));
}

/**
 * Can a cue that sets terms stand among the tokens? Each holds one of the anchor words, and a word
 * token spelled as one carries its TERMS bit, so the bit is tested before the word.
 */
export function termsMayStand(words: CueWords, toks: Token[]): boolean {
  const anchors = words.termsAnchors;
  if (!anchors) return true;
  for (let k = 0; k < toks.length; k++) if (toks[k]!.flags & WordFlag.TERMS && anchors.has(toks[k]!.low)) return true;
  return false;
}

/** The words of the cue list last read, with the list and its size then (a list added to since is read again). */
let last: { cues: Lexicon["cues"]; size: number; words: CueWords } | undefined;

export function cueWords(lex: Lexicon): CueWords {
  if (last?.cues === lex.cues && last.size === lex.cues.size) return last.words;
  const words: CueWords = { objectDemandFirst: new Set(), subjectDemandOne: new Set(), subjectDemandTwo: new Map(), termsOne: new Set(), termsTwo: new Map(), termsAnchors: new Set() };
  for (const [phrase, hit] of lex.cues.entries()) {
    if (hit.setsTerms && words.termsAnchors) {
      const anchor = termsAnchor(lex, phrase);
      words.termsAnchors = anchor === undefined ? null : words.termsAnchors.add(anchor);
    }
    if (hit.kind === "demand" && hit.target === "object_to") words.objectDemandFirst.add(phrase[0]!);
    if (hit.kind === "demand" && hit.target === "subject" && phrase.length === 1) words.subjectDemandOne.add(phrase[0]!);
    if (hit.kind === "demand" && hit.target === "subject" && phrase.length === 2) addPair(words.subjectDemandTwo, phrase[1]!, phrase[0]!);
    if (hit.setsTerms && phrase.length === 1) words.termsOne.add(phrase[0]!);
    if (hit.setsTerms && phrase.length > 1) addPair(words.termsTwo, phrase[0]!, phrase[1]!);
  }
  last = { cues: lex.cues, size: lex.cues.size, words };
  return words;
}

/** The longest word of a phrase (the last of as long ones) that a token spelled so carries the TERMS bit for. */
function termsAnchor(lex: Lexicon, phrase: string[]): string | undefined {
  let anchor: string | undefined;
  for (const w of phrase) {
    if (!((lex.vocabulary.flags.get(w) ?? 0) & WordFlag.TERMS) || !shapeOf(w).word) continue;
    if (anchor === undefined || w.length >= anchor.length) anchor = w;
  }
  return anchor;
}

function addPair(pairs: Map<string, Set<string>>, key: string, word: string): void {
  let words = pairs.get(key);
  if (!words) pairs.set(key, (words = new Set()));
  words.add(word);
}
