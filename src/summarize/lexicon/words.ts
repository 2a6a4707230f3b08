// The grammar word lists of words.json, merged into sets and tries.
import { phraseKey } from "../text/tokens.ts";
import { PhraseTrie } from "./trie.ts";
import type { WordLists } from "./types.ts";
import { CLOSED_LISTS } from "./flags.ts";
import type { Checker } from "./validate.ts";

type Json = Record<string, unknown>;

export function emptyWordLists(): WordLists {
  return {
    auxiliaries: new Set(), adverbs: new Set(), prepositions: new Set(), placePrepositions: new Set(),
    personPronouns: new Set(), pluralPronouns: new Set(), personPossessives: new Set(), pluralPossessives: new Set(),
    firstPerson: new Set(), femalePronouns: new Set(), malePronouns: new Set(), bodyPronouns: new Set(), femaleWords: new Set(), maleWords: new Set(), nonNames: new Set(), audiences: new PhraseTrie(), peopleNouns: new Set(),
    memberNouns: new PhraseTrie(), clauseOpeners: new Set(), complementizers: new Set(), relativePronouns: new Set(),
    pluralHeads: new Set(), abbreviations: new Set(), sentenceStarters: new Set(), nameParticles: new Set(), speaksForNouns: new Set(), conditionOpeners: new Set(), modals: new Set(), negations: new Set(), objectPronouns: new Set(), audienceVerbs: new Set(), demandNouns: new Set(), ofGroupHeads: new Set(), governmentModifiers: new Set(), portfolios: new Set(), imperatives: new Set(), imperativeOpeners: new Set(), communityNouns: new Set(), quantities: new Set(), partitives: new Set(), deadlineWords: new Set(), stanceOpeners: new Set(), groupEndings: new Set(), personEndings: new Set(), notDone: new Set(), regionalGovernmentNouns: new Set(), notGroups: new Set(), rolePrepositions: new Set(), authorPrepositions: new Set(), nonBodyAcronyms: new Set(), documentNouns: new Set(), legalTexts: new Set(), authoringVerbs: new Set(), groupQuantifiers: new Set(), irregularParticiples: new Set(), leadingVerbs: new PhraseTrie(), governmentNouns: new PhraseTrie(), socialGroups: new PhraseTrie(), actingGroups: new PhraseTrie(),
  };
}

const SETS: [string, keyof WordLists][] = [
  ["auxiliaries", "auxiliaries"], ["adverbs", "adverbs"], ["prepositions", "prepositions"],
  ["place_prepositions", "placePrepositions"], ["non_names", "nonNames"], ["people_nouns", "peopleNouns"],
  ["clause_openers", "clauseOpeners"], ["complementizers", "complementizers"], ["relative_pronouns", "relativePronouns"],
  ["plural_heads", "pluralHeads"], ["abbreviations", "abbreviations"], ["sentence_starters", "sentenceStarters"], ["name_particles", "nameParticles"], ["speaks_for_nouns", "speaksForNouns"], ["condition_openers", "conditionOpeners"], ["modals", "modals"], ["negations", "negations"], ["object_pronouns", "objectPronouns"], ["audience_verbs", "audienceVerbs"],
  ["demand_nouns", "demandNouns"], ["of_group_heads", "ofGroupHeads"], ["government_modifiers", "governmentModifiers"], ["portfolios", "portfolios"],
  ["imperatives", "imperatives"], ["imperative_openers", "imperativeOpeners"], ["community_nouns", "communityNouns"], ["quantities", "quantities"], ["partitives", "partitives"], ["deadline_words", "deadlineWords"], ["stance_openers", "stanceOpeners"], ["group_endings", "groupEndings"], ["person_endings", "personEndings"], ["not_done", "notDone"], ["regional_government_nouns", "regionalGovernmentNouns"], ["not_groups", "notGroups"], ["role_prepositions", "rolePrepositions"], ["author_prepositions", "authorPrepositions"], ["non_body_acronyms", "nonBodyAcronyms"],
  ["document_nouns", "documentNouns"], ["legal_texts", "legalTexts"], ["authoring_verbs", "authoringVerbs"], ["group_quantifiers", "groupQuantifiers"], ["irregular_participles", "irregularParticiples"]
];
const TRIES: [string, keyof WordLists][] = [["audiences", "audiences"], ["member_nouns", "memberNouns"], ["government_nouns", "governmentNouns"], ["social_groups", "socialGroups"], ["acting_groups", "actingGroups"], ["leading_verbs", "leadingVerbs"]];
/** The words.json sections of word lists, as a dictionary file spells them. */
export const WORD_LIST_SECTIONS: readonly string[] = [...SETS, ...TRIES].map(([key]) => key).concat("pronouns", "gendered");
const PRONOUNS: [string, keyof WordLists][] = [
  ["person", "personPronouns"], ["plural", "pluralPronouns"], ["person_possessive", "personPossessives"],
  ["plural_possessive", "pluralPossessives"], ["first", "firstPerson"], ["female", "femalePronouns"], ["male", "malePronouns"], ["body", "bodyPronouns"],
];

/** Lists with a WordFlag bit of their own (CLOSED_LISTS, and the writings of DOCUMENT_NOUN): a word bit answers for them, so they hold words only. */
const BITTED = new Set<keyof WordLists>([...CLOSED_LISTS.map(([list]) => list), "documentNouns"]);
/** Opens with a letter or digit, or is a contraction ending such as "'s" (an apostrophe and letters). */
const WORDLIKE = /^(?:[\p{L}\p{N}]|['’]\p{L})/u;

/** A word, as a token carrying WordFlag bits is one: it opens with a letter or digit, or is a contraction ending ("'s"). */
export function wordLike(x: string): boolean {
  return WORDLIKE.test(x);
}

export function addWordLists(w: WordLists, c: Checker, doc: Json): void {
  for (const [key, field] of SETS)
    c.strings(doc, key, null).forEach((x, i) => {
      if (BITTED.has(field) && !wordLike(x)) c.fail(key, `"${key}"[${i}] "${x}" must be a word: rules test this list by a bit that only words carry`);
      (w[field] as Set<string>).add(x.toLowerCase().replace(/’/g, "'"));
    });
  for (const [key, field] of TRIES)
    c.strings(doc, key, null).forEach((x, i) => {
      const words = phraseKey(x);
      // Rules find an acting group by the GROUP_OPENER bit of its first word, which only words carry.
      if (field === "actingGroups" && !wordLike(words[0] ?? "")) c.fail(key, `"${key}"[${i}] "${x}" must open with a word: rules find it by a bit that only words carry`);
      (w[field] as PhraseTrie<true>).add(words, true);
    });
  if (doc.gendered !== undefined) {
    const g = c.object(doc.gendered, "gendered");
    for (const x of c.strings(g, "female", "gendered.female")) w.femaleWords.add(x.toLowerCase());
    for (const x of c.strings(g, "male", "gendered.male")) w.maleWords.add(x.toLowerCase());
  }
  if (doc.pronouns !== undefined) {
    const p = c.object(doc.pronouns, "pronouns");
    for (const [key, field] of PRONOUNS) for (const x of c.strings(p, key, `pronouns.${key}`)) (w[field] as Set<string>).add(x.toLowerCase());
  }
}
