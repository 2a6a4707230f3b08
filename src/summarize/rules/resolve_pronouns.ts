// resolve_pronouns: he/she point to the person who was last the subject outside
// quotes, skipping one the text shows is of the other sex; they/their to the last
// body, country or group in subject position; "it" speaking to the last body or country.
//   "Sorin remarked ... He stressed that ..." -> He = Sorin
//   "“Talks are over,” Sorin said. He added ..." -> He = Sorin (not a name inside the quote)
//   "Ms Ode spoke. Mr Ruiz accused Ode of lying and demanded that she resign." -> she = Ode
//   "the Canadians left the table, so they should return" -> they = Canada
//   "“The Danes walked out, so they must return,” she said" -> they = Denmark (in the same quotation)
//   "since the U.S. halted talks, it is their responsibility" -> their = United States
//   "Acme Corp cut jobs. It said demand had fallen." -> It = Acme Corp
import type { Rule } from "../rule.ts";
import type { Mention, Sentence, SummarizeState } from "../state.ts";
import { quoted, subjectLike } from "../text/subject.ts";
import { basedWord } from "../text/orgs.ts";
import { spokesVoice } from "../text/people.ts";
import { verbAfter, verbAt } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { type Token, spaceAt } from "../text/tokens.ts";
import type { WordLists } from "../lexicon/types.ts";
import { WordShapes } from "../text/word_shapes.ts";

const RULE = "resolve_pronouns";
type Sex = "f" | "m";

const resolve_pronouns: Rule = (state) => {
  const w = state.lex.words;
  const sex = new Sexes(state);
  let people: string[] = []; // person subjects, most recent first
  let group: string | null = null;
  let body: string | null = null;
  let bodyAt = -2;
  let plural: { key: string; sent: number } | null = null;
  // Subjects named after the last sentence with a pronoun are tracked for nothing: no pronoun is left to take them.
  const end = state.sentences.findLastIndex((s) => !s.skip && s.index !== -1 && s.flags & WordFlag.PRONOUN) + 1;
  for (let k = 0; k < end; k++) {
    const s = state.sentences[k]!;
    if (s.skip || s.index === -1) continue;
    const pronouns = (s.flags & WordFlag.PRONOUN) !== 0;
    const toks = s.tokens, ms = s.mentions;
    if (pronouns ? toks.length === 0 : ms.length === 0) continue;
    let inQuote: Uint8Array | undefined; // read when first asked: a sentence naming no actor never asks
    const here: string[] = []; // person subjects of this sentence, in order: the most recent last
    // Mentions are kept in token order and never overlap: the tokens between two of them are read
    // for pronouns (only in a sentence with one), then the mention itself.
    for (let next = 0, i = 0; ; next++) {
      const m = ms[next];
      if (pronouns)
        for (const stop = m ? m.t0 : toks.length; i < stop; i++) {
          const t = toks[i]!;
          if (!(t.flags & WordFlag.PRONOUN)) continue;
          let key: string | null = null;
          const they = w.pluralPronouns.has(t.low) || w.pluralPossessives.has(t.low);
          if ((inQuote ??= quoted(s))[i]) {
            // Inside a quotation only "they" is read, and only back to the many its own words named.
            if (!they) continue;
            key = quotedMany(state, s, inQuote, i);
          } else if (w.personPronouns.has(t.low) || w.personPossessives.has(t.low)) {
            const want: Sex | null = w.femalePronouns.has(t.low) ? "f" : w.malePronouns.has(t.low) ? "m" : null;
            const complement = ((tokenAt(toks, i - 1)?.flags ?? 0) & WordFlag.COMPLEMENTIZER) !== 0;
            const candidates = personCandidates(state, s, i, here, people);
            for (const k of candidates) sex.expect(k);
            key = person(candidates, want && complement ? named(state, s, i, sex) : [], want, sex);
            if (key && want) sex.set(key, want);
          } else if (they) key = plural && s.index - plural.sent <= 1 ? plural.key : group;
          else if (w.bodyPronouns.has(t.low) && body && clauseStart(s, i) && speaksNext(state, s, i + 1)) key = body;
          if (!key) continue;
          // The pronoun's mention goes in before m: m is one further on.
          if (state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: they, anaphor: true, silent: true })) {
            next++;
            if (state.tracing) state.note(s.index, RULE, `"${t.text}" -> ${state.entity(key!)?.name}`);
          }
        }
      if (!m) break;
      i = m.t0;
      // "Ms Ode", "spokeswoman Ana Ode": the title before the name says the sex.
      if (m.nameT0 !== undefined && m.nameT0 > m.t0) titleSex(state, s, m.t0, m.nameT0, m.key, sex);
      if (m.role === "actor" && !m.silent && !(inQuote ??= quoted(s))[i] && (subjectLike(state, s, m) || saidBefore(state, s, m))) {
        const e = state.entity(m.key);
        if (e) {
          if (e.kind === "person") here.push(e.key);
          else if (voiced(state, s, m)) {
            // "A spokeswoman said ... she told reporters", "A Commission spokesman said ..., and he urged": the body speaks through them.
            here.push(e.key);
            const voice = spokesVoice(state, toks[m.t1 - 1]!.low)!.sex;
            if (voice) sex.set(e.key, voice);
            else sex.delete(e.key);
          } else {
            group = e.key;
            // "it" speaks for a body that opened its clause, not one named in a list ("from Spain, Denmark, ...").
            // "Italian consumer group Altroconsumo": a demonym before the name still opens the clause.
            // "Dubai-based Orenda Marine": where it is based still opens the clause.
            let k0 = state.mentionEndingAt(s, m.t0, "known")?.t0 ?? m.t0;
            if (basedBefore(s, k0)) k0--;
            // "The collective demanded that the commission freeze ...": the one asked, after "that", does not take "it" from the sentence's own subject.
            const asked = bodyAt === s.index && askedAfterThat(toks, k0);
            if (!m.plural && clauseStart(s, k0) && !asked) {
              body = e.key;
              bodyAt = s.index;
            }
            // "the member states say that Chile will ..., they have added": they are the many.
            if (m.plural && (!plural || plural.sent !== s.index)) plural = { key: e.key, sent: s.index };
          }
        }
      }
      i = m.t1;
    }
    if (here.length) people = recentFirst(here, people, 8);
  }
};

/**
 * "“The Americans broke off the dialogue, so they should move first,” he added": the last
 * many (a country's people, a group, a body spoken of as many) that is the subject of a clause
 * earlier in the same quotation. A "they" without one in its own quotation stays unread.
 */
function quotedMany(state: SummarizeState, s: Sentence, inQuote: Uint8Array, i: number): string | null {
  for (let k = i - 1; k >= 0 && inQuote[k]; k--) {
    const m = state.mentionStartingAt(s, k);
    if (!m || m.role !== "actor" || m.silent || !m.plural || m.t1 > i) continue;
    if (state.entity(m.key)?.kind !== "person" && subjectLike(state, s, m)) return m.key;
  }
  return null;
}

/**
 * The person a he/she means: the latest subject the text does not show to be of the other
 * sex; but when that subject's sex is unknown and the pronoun opens what someone said or
 * asked ("demanded that she ...") of a person the sentence named, of the pronoun's sex, that
 * one ("Thorne accused Pryce ... and demanded that she publish").
 */
function person(candidates: string[], named: string[], want: Sex | null, sex: Sexes): string | null {
  const first = candidates.find((k) => !want || !sex.get(k) || sex.get(k) === want);
  if (!first || !want || sex.get(first)) return first ?? null;
  return named.find((k) => sex.get(k) === want) ?? first;
}

function titleSex(state: SummarizeState, s: Sentence, t0: number, t1: number, key: string, sex: Sexes): void {
  const w = state.lex.words;
  const k = state.resolve(key);
  if (sex.get(k)) return;
  for (let j = t0; j < t1; j++) {
    const low = s.tokens[j]!.low;
    if (w.femaleWords.has(low)) return void sex.set(k, "f");
    if (w.maleWords.has(low)) return void sex.set(k, "m");
  }
}

/** The people a sentence names before token i, most recent first. */
function named(state: SummarizeState, s: Sentence, i: number, sex: Sexes): string[] {
  const out: string[] = [];
  for (const m of s.mentions) {
    if (m.t0 >= i || m.role !== "actor" || m.silent) continue;
    const e = state.entity(m.key);
    if (e?.kind !== "person") continue;
    sex.expect(e.key);
    out.unshift(e.key);
  }
  return out;
}

/**
 * The sex known of each person or body, by key. A key `expect`ed takes what sexOf says of it,
 * read when first asked for: sexOf reads forms and descriptors, which no silent mention of this
 * rule changes, so it says the same then as when expected.
 */
class Sexes {
  readonly #known = new Map<string, Sex | null | typeof UNREAD>();

  constructor(readonly state: SummarizeState) {}

  get(key: string): Sex | null | undefined {
    const v = this.#known.get(key);
    if (v !== UNREAD) return v;
    const read = sexOf(this.state, key);
    this.#known.set(key, read);
    return read;
  }

  /** Give `key` what sexOf says of it, unless it has a sex already (read when first asked for). */
  expect(key: string): void {
    if (!this.#known.has(key)) this.#known.set(key, UNREAD);
  }

  set(key: string, sex: Sex | null): void {
    this.#known.set(key, sex);
  }

  delete(key: string): void {
    this.#known.delete(key);
  }
}

const UNREAD = Symbol("unread");

/** "f" if any of the names holds a female word, else "m" if one holds a male word. */
function namesSex(state: SummarizeState, names: readonly string[]): Sex | null {
  let male = false;
  for (let k = 0; k < names.length; k++) {
    const said = wordsSex(state, names[k]!);
    if (said === "f") return "f";
    if (said === "m") male = true;
  }
  return male ? "m" : null;
}

/** namesSex of the forms, the keys of their map (read by a loop of their own, so that each loop reads one kind of list). */
function formsSex(state: SummarizeState, forms: ReadonlyMap<string, number>): Sex | null {
  let male = false;
  for (const form of forms.keys()) {
    const said = wordsSex(state, form);
    if (said === "f") return "f";
    if (said === "m") male = true;
  }
  return male ? "m" : null;
}

/** "Ms Ode", "spokeswoman Ana Ode", "Ode, a White House spokeswoman": what the titles and descriptions of a person say. */
function sexOf(state: SummarizeState, key: string): Sex | null {
  const e = state.entity(key);
  if (!e) return null;
  // A female word anywhere outweighs a male one.
  const forms = formsSex(state, e.forms);
  if (forms === "f") return "f";
  const descriptors = e.descriptors ? namesSex(state, e.descriptors) : null;
  return descriptors === "f" ? "f" : forms === "m" || descriptors === "m" ? "m" : null;
}

/** "f" when a word of `text` (lowercased, between white space) is female, else "m" when one is male. */
function wordsSex(state: SummarizeState, text: string): Sex | null {
  const words = state.lex.words;
  // ASCII lowercases letter by letter: a word is sliced and lowercased only when a female or male word has its length and
  // first letter. At the first character past ASCII the text is read again whole (the words before it read alike either way).
  const table = shapesOf(words);
  let male = false;
  for (let i = 0, from = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127) return unicodeWordsSex(words, text);
    if (ASCII_SPACES[c] === 0) continue;
    if (i > from && table.may(text, from, i)) {
      const x = text.slice(from, i).toLowerCase();
      if (words.femaleWords.has(x)) return "f";
      if (words.maleWords.has(x)) male = true;
    }
    from = i + 1;
  }
  return male ? "m" : null;
}

/** wordsSex for any text: its lowercase, parted at white space. */
function unicodeWordsSex(words: WordLists, text: string): Sex | null {
  const low = text.toLowerCase();
  let male = false;
  for (let i = 0, from = 0; i <= low.length; i++) {
    if (i < low.length && !spaceAt(low, i)) continue;
    if (i > from) {
      const x = low.slice(from, i);
      if (words.femaleWords.has(x)) return "f";
      if (words.maleWords.has(x)) male = true;
    }
    from = i + 1;
  }
  return male ? "m" : null;
}

/** 1 for the ASCII characters spaceAt reads as white space. */
const ASCII_SPACES = new Uint8Array(128).map((_, c) => (spaceAt(String.fromCharCode(c), 0) ? 1 : 0));

const shapes = new WeakMap<WordLists, WordShapes>();

/** The shapes of the female and male words, read once per lexicon. */
function shapesOf(words: WordLists): WordShapes {
  let table = shapes.get(words);
  if (!table) shapes.set(words, (table = new WordShapes([words.femaleWords, words.maleWords])));
  return table;
}

/** The people "he" or "she" at token i may be, most recent first: this sentence's subjects, then earlier ones. */
function personCandidates(state: SummarizeState, s: Sentence, i: number, here: string[], people: string[]): string[] {
  // "She demanded that Varkonyi present ...": a pronoun is not someone its own sentence names after it
  // (mentions are kept in token order: those after i close the list).
  let later: string[] | null = null;
  for (let k = s.mentions.length - 1; k >= 0 && s.mentions[k]!.t0 > i; k--) {
    const m = s.mentions[k]!;
    if (m.role === "actor" && !m.anaphor) (later ??= []).push(state.resolve(m.key));
  }
  const all = recentFirst(here, people, Infinity);
  return later ? all.filter((p) => !later.includes(state.resolve(p))) : all;
}

/** Up to `max` people, most recent first: this sentence's subjects (latest first), then the earlier ones it does not name again. */
function recentFirst(here: string[], people: string[], max: number): string[] {
  const out: string[] = [];
  for (let k = here.length - 1; k >= 0 && out.length < max; k--) out.push(here[k]!);
  for (const p of people) if (out.length < max && !here.includes(p)) out.push(p);
  return out;
}

/**
 * A body's mention that ends in one who speaks for it, unnamed: "a Commission spokesman", or the
 * spokeswoman resolve_descriptors gave a body to. "The Kremlin spokesman" is most often someone the text names.
 */
function voiced(state: SummarizeState, s: Sentence, m: Mention): boolean {
  if (!spokesVoice(state, s.tokens[m.t1 - 1]!.low)) return false;
  return m.anaphor === true || /^(?:a|an)$/.test(tokenAt(s.tokens, m.t0 - 1)?.low ?? s.tokens[m.t0]!.low);
}

/** How far back from a name its reporting verb may stand ("said the union's general secretary, Ana Ode"). */
const SAID_REACH = 7;

/** "“...,” said the union's general secretary, Ana Ode": the speaker after the verb is the subject too. */
function saidBefore(state: SummarizeState, s: Sentence, m: { t0: number }): boolean {
  const toks = s.tokens;
  for (let k = m.t0 - 1; k > 0 && m.t0 - k <= SAID_REACH; k--) {
    const t = toks[k]!;
    if (t.flags & WordFlag.VERB && !t.cap) return /^[,”"]$/.test(toks[k - 1]!.text) && !!verbAt(state, toks, k);
    if ((!t.word && t.text !== "," && t.text !== "'s") || t.flags & WordFlag.PREPOSITION) return false;
  }
  return false;
}

/** "demanded that | the commission", "demanded that | Acme": the name at k0 follows "that", or "that the". */
function askedAfterThat(toks: readonly Token[], k0: number): boolean {
  const low = tokenAt(toks, k0 - 1)?.low;
  return low === "that" || (low === "the" && tokenAt(toks, k0 - 2)?.low === "that");
}

/** "Dubai-based | Orenda Marine": basedWord, after the cheap test for its "-based" ending. */
function basedBefore(s: Sentence, t: number): boolean {
  const low = tokenAt(s.tokens, t - 1)?.low;
  return low !== undefined && low.endsWith("-based") && basedWord(low);
}

const CLAUSE_START = new Set([",", ";", ":", "and", "but", "that", "“", '"', "because", "as", "while", "so", "—", "the"]);

/** First in its clause: the sentence's first word, or after a comma, a conjunction or "that" ("to prove it wanted" is not). */
function clauseStart(s: Sentence, t: number): boolean {
  return t <= s.dateline || CLAUSE_START.has(s.tokens[t - 1]!.low);
}

/** "it said", "it has also denied": a reporting verb right after, past auxiliaries and adverbs. */
function speaksNext(state: SummarizeState, s: Sentence, j: number): boolean {
  const verb = verbAfter(state, s, j);
  return !!verb && !verb.participle;
}

export default resolve_pronouns;
