// The words the cluster stage shares with the summarizer, taken from the
// summarizer's lexicon (its shipped dictionaries, loaded once) so that each
// piece of knowledge lives in one file:
//   abbreviations and sentence starters  -> where a sentence ends (splitLine)
//   reporting verbs: "said", "warned"    -> an attribution a title can drop
//   pronouns: "she", "their", "it"       -> a sentence that leans on the one before
//   demand nouns: "demand", "call"       -> a that-clause asked for, not reported
import { shippedLexicon } from "../summarize/lexicon/load.ts";
import type { Lexicon, WordLists as GrammarWords } from "../summarize/lexicon/types.ts";
import type { PointKind } from "../summarize/types.ts";

export interface SummarizerWords {
  /** The summarizer's grammar word lists, as its sentence splitter reads them. */
  grammar: GrammarWords;
  /** One-word reporting verbs in the forms that close an attribution (", the minister said"). */
  reportingVerbs: ReadonlySet<string>;
  /** Personal and possessive pronouns, every person and number. */
  pronouns: ReadonlySet<string>;
}

/** Kinds of verb whose that-clause is what someone holds or foresees, true to its sense without the verb. */
const STATING: ReadonlySet<PointKind> = new Set(["position", "warning"]);

/**
 * Reporting verbs of the lexicon that state or warn, in their finite forms: "said", "says", "warned".
 * Not demands, offers or rejections: "demanded that Ostland leave" is not "Ostland leave",
 * nor "denied that" what follows. Not the base form ("call", "report"), far more often a noun
 * or an order, nor the -ing form, which adds to what was said rather than saying who said it.
 */
export function reportingForms(lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const [keys, hit] of lex.verbs.entries()) {
    const form = keys[0];
    if (keys.length === 1 && form !== undefined && form !== hit.verb && !hit.participle && STATING.has(hit.kind)) out.add(form);
  }
  return out;
}

/** Every personal and possessive pronoun the lexicon lists (by person, number and sex): each points back. */
export function pronounsOf(lex: Lexicon): Set<string> {
  const w = lex.words;
  const lists = [w.personPronouns, w.pluralPronouns, w.personPossessives, w.pluralPossessives, w.firstPerson, w.femalePronouns, w.malePronouns, w.bodyPronouns];
  return new Set(lists.flatMap((l) => [...l]));
}

let cached: SummarizerWords | null = null;

/** The shipped lexicon's words, the same lexicon the summarizer uses when no operator dictionary is given. */
export function summarizerWords(): SummarizerWords {
  if (!cached) {
    const lex = shippedLexicon();
    cached = { grammar: lex.words, reportingVerbs: reportingForms(lex), pronouns: pronounsOf(lex) };
  }
  return cached;
}
