// One lookup per token instead of one per dictionary: a bit for each list a
// word may begin, so rules test bits in their loops (the cheap test first).
import type { Lexicon, WordLists } from "./types.ts";
import { shapeOf } from "../text/tokens.ts";

export const WordFlag = {
  NAME: 1,
  TITLE: 2,
  HONORIFIC: 4,
  VERB: 8,
  CUE: 16,
  STANCE: 32,
  NOUN: 64,
  PRONOUN: 128,
  GENERIC_ORG: 256,
  /** A capitalised word that may be part of a person's name (set per token, not per word). */
  NAME_WORD: 512,
  /** A word of a cue that sets terms by itself ("conditional", "precondition"). */
  TERMS: 1024,
  /** A text that binds whoever it names ("bill", "regulation"). */
  LEGAL_TEXT: 2048,
  // Closed word lists tested in hot loops. For a word token (and "'s") the bit says exactly what
  // `list.has(token.low)` says; punctuation tokens carry no bits, so test those by their text.
  PREPOSITION: 1 << 12,
  AUXILIARY: 1 << 13,
  ADVERB: 1 << 14,
  NEGATION: 1 << 15,
  MODAL: 1 << 16,
  CLAUSE_OPENER: 1 << 17,
  COMPLEMENTIZER: 1 << 18,
  RELATIVE_PRONOUN: 1 << 19,
  PEOPLE_NOUN: 1 << 20,
  COMMUNITY_NOUN: 1 << 21,
  PLACE_PREPOSITION: 1 << 22,
  /** The first word of an acting group ("critics", "opposition" of "opposition lawmakers"). */
  GROUP_OPENER: 1 << 23,
  /** The first word of a phrase for whom words were said ("reporters", "a news conference"). */
  AUDIENCE: 1 << 24,
  /** "according" (of "according to X"). */
  ACCORDING: 1 << 25,
  /** A cue's first word whose cues all have a second word with the CUE_SECOND bit ("the" of "the onus is on"). */
  CUE_PAIRED: 1 << 26,
  /** The second word of a cue, given only to a word with the CUE bit or no other bit ("onus"). */
  CUE_SECOND: 1 << 27,
  /** A writing that speaks for whoever sent it ("letter", "statement": `documentNouns`). */
  DOCUMENT_NOUN: 1 << 28,
  /** A word spelled, but for its case, as an organisation's head word or company suffix ("ministry", "inc"): see Lexicon.orgWords. */
  ORG_WORD: 1 << 29,
} as const;

/** Short words of cue phrases that say nothing alone ("as a condition"): no TERMS bit for them. */
const GLUE = new Set(["a", "an", "as", "on", "of", "for", "that", "the", "to"]);

/** The closed word lists with a bit of their own, by their name in WordLists. */
export const CLOSED_LISTS = [
  ["prepositions", "PREPOSITION"],
  ["auxiliaries", "AUXILIARY"],
  ["adverbs", "ADVERB"],
  ["negations", "NEGATION"],
  ["modals", "MODAL"],
  ["clauseOpeners", "CLAUSE_OPENER"],
  ["complementizers", "COMPLEMENTIZER"],
  ["relativePronouns", "RELATIVE_PRONOUN"],
  ["peopleNouns", "PEOPLE_NOUN"],
  ["communityNouns", "COMMUNITY_NOUN"],
  ["placePrepositions", "PLACE_PREPOSITION"],
] as const satisfies readonly (readonly [keyof WordLists, keyof typeof WordFlag])[];

export function buildWordFlags(lex: Lexicon): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  mark(lex.names.firstWords(), WordFlag.NAME);
  mark(lex.titles.firstWords(), WordFlag.TITLE);
  mark(lex.honorifics, WordFlag.HONORIFIC);
  mark(lex.verbs.firstWords(), WordFlag.VERB);
  mark(lex.cues.firstWords(), WordFlag.CUE);
  mark(lex.stances.keys(), WordFlag.STANCE);
  mark(lex.nouns.keys(), WordFlag.NOUN);
  const w = lex.words;
  mark([...w.personPronouns, ...w.pluralPronouns, ...w.personPossessives, ...w.pluralPossessives, ...w.bodyPronouns], WordFlag.PRONOUN);
  for (const noun of lex.genericOrgNouns.keys()) mark(noun.split(" ").slice(-1), WordFlag.GENERIC_ORG);
  mark(lex.governmentDescriptors, WordFlag.GENERIC_ORG);
  const terms: string[] = [];
  for (const [phrase, hit] of lex.cues.entries()) if (hit.setsTerms) terms.push(...phrase.filter((w) => !GLUE.has(w)));
  mark(terms, WordFlag.TERMS);
  mark(w.legalTexts, WordFlag.LEGAL_TEXT);
  for (const [list, bit] of CLOSED_LISTS) mark(w[list], WordFlag[bit]);
  mark(w.actingGroups.firstWords(), WordFlag.GROUP_OPENER);
  mark(w.documentNouns, WordFlag.DOCUMENT_NOUN);
  mark([...lex.orgWords.words].map((w) => shapeOf(w).low), WordFlag.ORG_WORD);
  mark(w.audiences.firstWords(), WordFlag.AUDIENCE);
  mark(["according"], WordFlag.ACCORDING);
  // Last, to see every other bit. Only a word with the CUE bit or no bit gets CUE_SECOND, so that
  // sentenceMayHold, which reads all of a word's bits, loses little: a word without bits may be
  // anywhere anyway, and a CUE word only becomes possible in sentences holding a CUE_SECOND word.
  const second = (w: string) => { const bits = flags.get(w) ?? 0; return bits === 0 || (bits & WordFlag.CUE) !== 0; };
  const paired = new Map<string, boolean>();
  const seconds: string[] = [];
  for (const [phrase] of lex.cues.entries()) {
    const ok = phrase.length > 1 && second(phrase[1]!);
    if (ok) seconds.push(phrase[1]!);
    paired.set(phrase[0]!, ok && paired.get(phrase[0]!) !== false);
  }
  mark(seconds, WordFlag.CUE_SECOND);
  mark([...paired].filter(([, ok]) => ok).map(([w]) => w), WordFlag.CUE_PAIRED);
  return flags;
}
