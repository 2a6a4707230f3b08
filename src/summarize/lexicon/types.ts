import { DataFileError } from "../../knowledge/data_file.ts";
// The loaded lexicon: every dictionary merged into lookup structures built once.
import type { BoilerplateMatcher, BoilerplateRule } from "../../ingest/boilerplate.ts";
import type { ActorKind, PointKind } from "../types.ts";
import type { PhraseTrie } from "./trie.ts";
import type { Vocabulary } from "./vocabulary.ts";

export type NameRole = "name" | "demonym" | "capital" | "seat" | "group";

/** What a dictionary phrase names. */
export interface NameHit {
  key: string;
  role: NameRole;
  /** Acronyms ("US", "WHO") must match with their exact case. */
  exactCase: boolean;
  /** Per token: the dictionary spells it with a capital. */
  caps: boolean[];
}

export interface EntityInfo {
  key: string;
  name: string;
  kind: ActorKind;
  ambiguous: boolean;
  /** Every dictionary spelling, for matching "the alliance" to a name holding "Treaty Organization". */
  aliases: string[];
  /** For a person: the country they act for, when the operator says; for a state or province: the country it belongs to. */
  country?: string;
  /** Keys of the bodies this one's seat names first when the article names them ("Brussels": the European Commission). */
  seatFor?: string[];
}

export interface TitleHit {
  title: string;
  role: string;
  /** The role acts for a country (a minister, an envoy), not for a body or itself. */
  government: boolean;
  /** A title only in lowercase ("nurse Ana Ode"): capitalised, the word is part of a name ("Patient Voice"). */
  lowercase?: boolean;
}

export interface VerbHit {
  verb: string;
  kind: PointKind;
  /** Takes "X to do": X is who must act. */
  objectTo: boolean;
  /** Takes "X [a time] to do", and reports something only with it: X must act within the time ("gave the union until Friday to answer"). */
  objectDeadline: boolean;
  /** Words that, right after the verb, make it report nothing ("back down", "call off"). */
  notBefore: Set<string>;
  /** Hopes another will act ("hoped the council would reconsider"): with an actor and "will"/"would" after it, a demand of that actor. */
  hopesFor: boolean;
  /** Takes "X from doing", and reports something only with it: X is who must refrain ("barred the company from selling"). */
  objectFrom: boolean;
  /** "wants to meet": with a to-infinitive, the subject's own aim rather than a demand. */
  selfTo: boolean;
  /** Passes on the stance named in its object ("expressed X's willingness"). */
  conveys: boolean;
  /** The -ing form, which continues the clause of an earlier subject. */
  participle: boolean;
  /** A headline with this verb is a statement of its own ("X says ...", "X believes ..."). */
  headline: boolean;
  /** Reports a demand only with someone asked or something asked for ("pressed X to", "pushed for"). */
  needsObject: boolean;
  /** After a modal the verb is an act, not a report ("would call strikes", unlike "called it a tactic"). */
  reportsOnlyDone: boolean;
  /** Reports only what follows it ("voted on Tuesday to stop issuing licences"), never the words before it. */
  reportsForward: boolean;
  /** Demands only what should be done ("insisted that Kyiv withdraw", "insists on"); a tensed clause it maintains ("insists it has done nothing wrong"). */
  mandative: boolean;
}

export type CueTarget = "subject" | "next" | "for_to" | "possessor" | "from" | "object_to" | "none";

export interface CueHit {
  phrase: string;
  kind: PointKind | "none";
  target: CueTarget;
  notAfter: Set<string>;
  /** Words that, right after the phrase, cancel it ("cannot compete" is no prohibition). */
  notBefore: Set<string>;
  /** A condition ("unless", "until", "only after") that sets terms only in a clause that looks ahead
   * ("would sign only after ..."), not in a narrated one ("returned fire only after ..."). */
  needsModal: boolean;
  /** A condition ("until") that sets terms only after a negation: "will not sign until ...". */
  needsNegation: boolean;
  /** The cue sets terms by itself: its clause's subject makes a demand, whatever the verb. */
  setsTerms: boolean;
  /** The cue stands in the reporting verb's own group ("would only consider ... if"): it cues the statement after the verb. */
  beforeVerb: boolean;
}

export interface Lexicon {
  /** Files read, in order. */
  files: string[];
  entities: Map<string, EntityInfo>;
  /** Some dictionary lists a person (only an operator's may). */
  hasPeople: boolean;
  names: PhraseTrie<NameHit>;
  demonyms: Map<string, string>;
  titles: PhraseTrie<TitleHit>;
  titleModifiers: Set<string>;
  honorifics: Set<string>;
  verbs: PhraseTrie<VerbHit>;
  stances: Map<string, PointKind>;
  nouns: Map<string, PointKind>;
  cues: PhraseTrie<CueHit>;
  groupCollectives: Set<string>;
  orgHeads: Set<string>;
  /** Head words that name a body on their own, capitalised ("Parliament", "the Treasury"). */
  loneHeads: Set<string>;
  /** Head words that open a body's name ("Banca Tirrenica di Risparmio"), which news writes short by the word after ("Tirrenica"). */
  leadingHeads: Set<string>;
  /** Head words that open a body's name only before "of" ("Port of Barcelona", not "Port Harcourt"). */
  ofHeads: Set<string>;
  /** Head words of company names, which news also writes short ("Pacific Gateway Terminals" -> "Pacific Gateway"). */
  companyHeads: Set<string>;
  orgSuffixes: Set<string>;
  orgConnectors: Set<string>;
  mediaHeads: Set<string>;
  /** Last words of names of documents, not bodies ("Act", "Treaty"). */
  documentWords: Set<string>;
  /** Last words of names of events ("Cup", "Final"): the body holding one is named before them. */
  eventWords: Set<string>;
  /** Common nouns that say a name beside them is an organisation ("operator X", "X, the pipeline's developer,"). */
  orgKindNouns: Set<string>;
  /** Endings of compound kind nouns ("shipbuilder", "chipmaker"). */
  orgKindSuffixes: string[];
  /** "the union" -> words an organisation's name must contain to be meant. */
  genericOrgNouns: Map<string, string[]>;
  /** Generic nouns that may also mean a body named without a head word ("the company"). */
  companyNouns: Set<string>;
  /** "the government", "the administration": nouns for the government of a country the article names. */
  governmentDescriptors: Set<string>;
  /** First words of names that may open at a lowercase token (see name_openers.ts); built after the last file is read. */
  lowercaseNameOpeners: Map<string, boolean>;
  /** The head words and company suffixes, as orgShapeAt looks for them; built after the last file is read. */
  orgWords: OrgWords;
  /** Page furniture: ingest's named patterns, then the operator's line starts. */
  boilerplate: BoilerplateRule[];
  /** Those patterns screened for many sentences at once, built after the last file is read. */
  matchFurniture: BoilerplateMatcher;
  words: WordLists;
  /** Each spelling's folded form, case and WordFlag bits, built after the last file is read. */
  vocabulary: Vocabulary;
}

export interface OrgWords {
  /** The company suffixes written with a final dot, without it ("Inc." -> "Inc"). */
  dotless: Set<string>;
  /** Head words (those that head a name only before "of" too) and company suffixes, the dotted ones also without their dot. */
  words: Set<string>;
  /** Every head word is capitalised: only capitalised tokens can be one. */
  capitalised: boolean;
}

export interface WordLists {
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  prepositions: Set<string>;
  placePrepositions: Set<string>;
  personPronouns: Set<string>;
  pluralPronouns: Set<string>;
  personPossessives: Set<string>;
  pluralPossessives: Set<string>;
  firstPerson: Set<string>;
  femalePronouns: Set<string>;
  malePronouns: Set<string>;
  bodyPronouns: Set<string>;
  femaleWords: Set<string>;
  maleWords: Set<string>;
  nonNames: Set<string>;
  audiences: PhraseTrie<true>;
  peopleNouns: Set<string>;
  memberNouns: PhraseTrie<true>;
  clauseOpeners: Set<string>;
  complementizers: Set<string>;
  relativePronouns: Set<string>;
  pluralHeads: Set<string>;
  abbreviations: Set<string>;
  sentenceStarters: Set<string>;
  nameParticles: Set<string>;
  speaksForNouns: Set<string>;
  conditionOpeners: Set<string>;
  /** Words that make a clause look ahead or set terms: modals, negation, readiness. */
  modals: Set<string>;
  negations: Set<string>;
  objectPronouns: Set<string>;
  audienceVerbs: Set<string>;
  /** Stance nouns that make a demand of their own ("a call for"). */
  demandNouns: Set<string>;
  /** Acting groups that keep an of-phrase ("critics of the plan"). */
  ofGroupHeads: Set<string>;
  /** Words between "the" and a government noun ("the federal government"). */
  governmentModifiers: Set<string>;
  /** Words of a government department between a demonym and its officials ("a Saudi energy ministry official"). */
  portfolios: Set<string>;
  /** Verbs that give an order when they open a quotation in their base form ("Open more lanes"). */
  imperatives: Set<string>;
  /** Words that may stand before such a verb ("Now arrest them"). */
  imperativeOpeners: Set<string>;
  /** Plural nouns that, after a name no rule knows, name a people acting as one ("Munduruku Indigenous people"). */
  communityNouns: Set<string>;
  /** Words of number that may open a group's mention ("Hundreds of Munduruku Indigenous people"). */
  quantities: Set<string>;
  /** Words that join a role to the body it is held in ("chief executive of X"). */
  rolePrepositions: Set<string>;
  /** Words that join a writing to whoever sent it ("a statement from X"). */
  authorPrepositions: Set<string>;
  /** Endings of plural nouns for people or bodies ("premiers", "agencies"). */
  groupEndings: Set<string>;
  /** Government nouns by which a state's or province's demonym names its own government ("Bavarian officials"). */
  regionalGovernmentNouns: Set<string>;
  /** Words besides the negations that leave a deed undone in a condition ("if Ottawa fails to act"). */
  notDone: Set<string>;
  /** Endings of plural nouns that name people rather than bodies or things ("bondholders", "pharmacists"). */
  personEndings: Set<string>;
  /** Plurals with a person ending that name no group ("indicators", "others"). */
  notGroups: Set<string>;
  /** Words after a stance noun that open what the stance is ("offer to", "position on"). */
  stanceOpeners: Set<string>;
  /** Words that say someone is given a time to act ("gave the union until Friday to answer"). */
  deadlineWords: Set<string>;
  /** Words that with "of" open a sentence's subject, picking some of a group ("One of the judges asked"). */
  partitives: Set<string>;
  /** Words in capitals that name no body ("CEO", "GDP"), lowercase. */
  nonBodyAcronyms: Set<string>;
  /** Writings that speak for their author ("the letter said"). */
  documentNouns: Set<string>;
  /** Texts that bind whoever they name, in their author's name ("a bill that would require X to"). */
  legalTexts: Set<string>;
  /** Verbs by which an actor writes such a text ("introduced a bill", "published rules"). */
  authoringVerbs: Set<string>;
  /** Words of number or choice that never name a group before its noun ("many lawmakers", "other companies"). */
  groupQuantifiers: Set<string>;
  /** Past participles not ending in -ed ("paid", "withdrawn"). */
  irregularParticiples: Set<string>;
  /** "who chairs", "who speaks for": a person's aside that says whom the person acts for. */
  leadingVerbs: PhraseTrie<true>;
  governmentNouns: PhraseTrie<true>;
  /** "farmers", "truckers": with a demonym, a group acting as one ("Polish farmers"). */
  socialGroups: PhraseTrie<true>;
  /** Plural nouns that name a group acting as one on their own ("critics said", "urged patients to"). */
  actingGroups: PhraseTrie<true>;
}

export class LexiconError extends DataFileError {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}${where ? `: ${where}` : ""}: ${problem}`);
    this.name = "LexiconError";
  }
}
