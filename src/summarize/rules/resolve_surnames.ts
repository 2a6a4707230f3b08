// resolve_surnames: a surname alone points to the person the article named in full.
//   "Russian Foreign Minister Ivan Sorin ... Sorin remarked" -> both Ivan Sorin
//   "President Marek" (title, surname only) + "Pavel Marek" -> one person
//   "Holden said" with "Jon Holden" earlier -> Jon Holden
//   "Holden said" and "the union's Holden" with no full name -> person "Holden"
//   "Zhou Lanfang ... Zhou said" -> Zhou Lanfang (a family name written first, speaking)
//   "Rheinjet said it was ..." with no full name -> the body Rheinjet (it speaks of itself as "it")
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Entity, Sentence, SummarizeState } from "../state.ts";
import { dictAt, isNameWord, isOrgHead } from "../text/names.ts";
import { personKey } from "../text/people.ts";
import { orgKey } from "../text/orgs.ts";
import { nameWords } from "../text/spelling.ts";
import { WordShapes } from "../text/word_shapes.ts";
import { tokenAt } from "../text/at.ts";
import { subjectEnd, verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "resolve_surnames";

const resolve_surnames: Rule = (state) => {
  const people = peopleOf(state, 0, []);
  const bySurname = surnames(people);
  const size = state.entities.size;
  const bodies = addSingleSpeakers(state, bySurname);
  // addSingleSpeakers only adds entities (at the end of the map): the people read are still there, in order, and new ones follow.
  if (state.entities.size !== size) peopleOf(state, size, people);
  // Surname-only people ("President Marek") join the one full name they share a surname with;
  // a family name written first ("Zhou Lanfang" ... "Zhou") when no full name ends with it.
  const { byFirst, singles } = firstNames(people);
  for (const e of singles) {
    const full = bySurname.get(e.name) ?? byFirst.get(e.name);
    if (full && full.length === 1) {
      state.merge(e.key, full[0]!);
      if (state.tracing) state.note(null, RULE, `"${e.name}" is ${state.entity(full[0]!)?.name}`);
    }
  }
  // The merges only take entities out of the map: the people still filed, in the map's order.
  joinDoubleSurnames(state, people.filter((p) => state.entities.get(p.e.key) === p.e));
  // The people of one word still filed: the merges since fold people into others, and none files a new one.
  for (const e of singles) if (state.entities.get(e.key) === e) bySurname.set(e.name, [e.key]);
  for (const name of bodies) bySurname.set(name, [orgKey(name)]);
  // No name is filed: no word can point to one.
  if (bySurname.size === 0 && byFirst.size === 0) return;
  const filed = new WordShapes([bySurname.keys(), byFirst.keys()]);
  for (const s of state.sentences) {
    if (s.skip) continue;
    let speakers: Set<number> | null = null;
    // The last word of each run of name words: a word before a name word is taken by neither test below.
    for (let r = 1; r < s.nameRuns.length; r += 2) {
      const i = s.nameRuns[r]! - 1;
      const t = s.tokens[i]!;
      // A word of no filed name's length and first character is filed under neither map: the cheap test first.
      if (!filed.may(t.text)) continue;
      // "Lin said", "Zhou added": a family name written first, speaking alone, when it is nobody's surname.
      const first = byFirst.has(t.text) && (speakers ??= speakerEnds(state, s)).has(i + 1) ? byFirst.get(t.text) : undefined;
      const keys = bySurname.get(t.text) ?? (first?.length === 1 ? first : undefined);
      if (!keys || state.mentionAt(s, i)) continue;
      const key = state.resolve(keys[keys.length - 1]!);
      if (state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false }))
        if (state.tracing) state.note(s.index, RULE, `"${t.text}" -> ${state.entity(key)?.name}`);
    }
  }
};

/** A person entity and the words of its name (nameWords), read once for the rule. */
interface Person {
  e: Entity;
  words: string[];
}

/** The article's people past the first `from` entities, in the entities' order, added to `people`. */
function peopleOf(state: SummarizeState, from: number, people: Person[]): Person[] {
  let k = 0;
  for (const e of state.entities.values()) if (k++ >= from && e.kind === "person") people.push({ e, words: nameWords(e.name) });
  return people;
}

/** "Aurélie Kabasele Ntumba ... Kabasele Ntumba told reporters": a name of two or more words that ends one full name only. */
function joinDoubleSurnames(state: SummarizeState, filed: Person[]): void {
  // Only a name of three words or more can end in another of two or more.
  if (!filed.some((p) => p.words.length > 2)) return;
  // Each person with the number of words of the name and those words spaced for an ends-with test
  // (" Aurélie Kabasele Ntumba"), read once for the comparisons of every pair.
  const people = filed.map(({ e, words }) => ({ e, n: words.length, spaced: " " + words.join(" ") }));
  for (const { e, n, spaced: tail } of people) {
    if (n < 2) continue;
    const full = people.filter((f) => f.e !== e && f.n > n && f.spaced.endsWith(tail));
    if (full.length !== 1 || state.resolve(e.key) === state.resolve(full[0]!.e.key)) continue;
    state.merge(e.key, full[0]!.e.key);
    if (state.tracing) state.note(null, RULE, `"${e.name}" is ${full[0]!.e.name}`);
  }
}

/** Token positions just past the subject of a reporting verb. */
function speakerEnds(state: SummarizeState, s: Sentence): Set<number> {
  const out = new Set<number>();
  if (s.titleCase) return out;
  for (const v of verbSpans(state, s)) if (!v.hit.participle) out.add(subjectEnd(state, s, v.t0));
  return out;
}

/** The keys of the names of two words by their first word, and the people of one word, in the entities' order. */
function firstNames(people: Person[]): { byFirst: Map<string, string[]>; singles: Entity[] } {
  const byFirst = new Map<string, string[]>();
  const singles: Entity[] = [];
  for (const { e, words } of people) {
    if (words.length === 2) addKey(byFirst, words[0]!, e.key);
    else if (words.length === 1) singles.push(e);
  }
  return { byFirst, singles };
}

function surnames(people: Person[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const middles = new Map<string, string[]>();
  const firsts = new Set<string>();
  for (const { e, words } of people) {
    if (words.length < 2) continue;
    addKey(out, words[words.length - 1]!, e.key);
    firsts.add(words[0]!);
    // "Marta Ribas Puig ... Ribas said": Spanish names go by the first of two surnames.
    const middle = words.length === 3 ? words[1]! : "";
    if (middle.length > 2 && /^\p{Lu}/u.test(middle)) addKey(middles, middle, e.key);
  }
  // A last name outranks a middle one ("Ribas" is first the person whose name ends in it), and a
  // middle word that opens another's name is a given name ("José Luis Escrivá" and "Luis Ode").
  for (const [word, keys] of middles) if (!out.has(word) && !firsts.has(word)) out.set(word, keys);
  return out;
}

/** File `key` under `word` once. */
function addKey(map: Map<string, string[]>, word: string, key: string): void {
  let list = map.get(word);
  if (!list) map.set(word, (list = []));
  if (!list.includes(key)) list.push(key);
}

/** A lone capitalised word speaking, seen capitalised mid-sentence too, is a person known by one name. */
function addSingleSpeakers(state: SummarizeState, bySurname: Map<string, string[]>): string[] {
  let midSentence: Set<string> | null = null;
  const speakers = new Set<string>();
  const bodies = new Set<string>();
  for (const s of state.sentences) {
    // The speaker found must be a name word that opens a run, free as the tests below ask; and a reporting
    // verb needs a word with the VERB bit (verbSpans finds none without one).
    if (s.skip || s.titleCase || !(s.flags & WordFlag.VERB) || !mayNameSpeaker(state, s, bySurname)) continue;
    for (const v of verbSpans(state, s)) {
      if (v.hit.participle) continue;
      const end = subjectEnd(state, s, v.t0);
      const t = tokenAt(s.tokens, end - 1);
      const before = tokenAt(s.tokens, end - 2);
      // A name word opening its run (the bits first), that no known surname, mention or dictionary name holds.
      if (!t || !isNameWord(state, t) || isNameWord(state, before)) continue;
      if (bySurname.has(t.text) || state.mentionAt(s, end - 1) || dictAt(state, s, end - 1) || !(midSentence ??= capitalisedMidSentence(state)).has(t.text)) continue;
      // "the court in Karlsruhe found": a place; a title alone ("the Taoiseach said") is no name.
      if (isOrgHead(state, t) || state.lex.words.placePrepositions.has(before?.low ?? "") || titleAt(state, s.tokens, end - 1)) continue;
      // "the Garante said", "The opposition Greens demanded": no one calls a person "the"; a body.
      if (afterThe(s, end - 1)) {
        bodies.add(t.text);
        continue;
      }
      speakers.add(t.text);
      // "Rheinjet said it was disappointed": a name that speaks of itself as "it" is a body.
      if (state.lex.words.bodyPronouns.has(s.tokens[v.t1]?.low ?? "")) bodies.add(t.text);
    }
  }
  for (const name of speakers) if (!bodies.has(name)) state.ensure(personKey(name), "person", name, false);
  for (const name of bodies) state.ensure(orgKey(name), "organisation", name, false);
  return [...bodies];
}

/** A name word opening a run of them that no mention, known surname or dictionary name holds: the only word a lone speaker can be. */
function mayNameSpeaker(state: SummarizeState, s: Sentence, bySurname: Map<string, string[]>): boolean {
  for (let r = 0; r < s.nameRuns.length; r += 2) {
    const i = s.nameRuns[r]!;
    if (!state.mentionAt(s, i) && !bySurname.has(s.tokens[i]!.text) && !dictAt(state, s, i)) return true;
  }
  return false;
}

/** Name words seen capitalised after a word that is no number, anywhere in the article. */
function capitalisedMidSentence(state: SummarizeState): Set<string> {
  // Asked only about name words, and a word's bits are its spelling's: only name words need collecting.
  const out = new Set<string>();
  for (const s of state.sentences) {
    const toks = s.tokens;
    for (let r = 0; r < s.nameRuns.length; r += 2)
      for (let i = Math.max(s.nameRuns[r]!, 1); i < s.nameRuns[r + 1]!; i++) {
        const t = toks[i]!, prev = toks[i - 1]!;
        if (t.cap && prev.word && (prev.text.charCodeAt(0) < 48 || prev.text.charCodeAt(0) > 57)) out.add(t.text);
      }
  }
  return out;
}

/** "the" right before the word, or before one or two lowercase words before it ("the opposition Greens"). */
function afterThe(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = s.tokens[k]!;
    if (t.low === "the") return true;
    if (!t.word || t.cap) return false;
  }
  return false;
}

export default resolve_surnames;
