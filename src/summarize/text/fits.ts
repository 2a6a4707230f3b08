// How well a body the article names fits a common noun pointing back to it:
// "the union" fits "Waterside Workers' Alliance" by "workers", "the company" a
// name with no institution's head word ("Pacific Gateway Terminals").
import type { Entity, SummarizeState } from "../state.ts";
import type { EntityInfo } from "../lexicon/types.ts";
import { spaceAt } from "./tokens.ts";
import { nameWords } from "./spelling.ts";

export interface Fit {
  state: SummarizeState;
  noun: string;
  /** The noun's words (`fitWords`, `capitalWords`). */
  words: NounWord[];
  cap: boolean;
  /** A business's noun ("the company", "the firm"): a name without head words fits it. */
  company: boolean;
  /** What the article's bodies are named, read once per body and article (null: no such body). */
  bodies: Map<string, Body | null>;
  memo: Map<string, number>;
  /** Common nouns a body was introduced with ("the pilots' union Vereinigung Cockpit"): the best fit of all. */
  kinds?: Map<string, Set<string>>;
}

/** A word of the noun, as the fit tests read it. */
export interface NounWord {
  /** Normalized as names are: "workers", "armed forces". */
  text: string;
  /** `text` when it is one whole word ("workers"), or null when it is not ("armed forces"). */
  word: string | null;
}

/** A body as the fit tests read it. */
export interface Body {
  /** Its name and forms that are no dictionary alias, normalized: "waterside workers alliance". */
  names: string[];
  /** Its dictionary aliases, read once per dictionary entry. */
  aliases: Aliases | null;
  /** "Humber Rail Users' Group". */
  name: string;
  /** The words of its name, split when a company test first reads them. */
  words?: string[];
  /** The words of its names a noun's single word fits by (fitting), split when first asked. */
  fitting?: string[];
  kind: string;
  fromDictionary: boolean;
}

/** A dictionary entry's aliases as written, normalized, and every whole word they hold; its name normalized. */
interface Aliases {
  raw: Set<string>;
  names: string[];
  words: Set<string>;
  name: string;
  /** Per noun's words (`fitWords`, `capitalWords`), the first the aliases hold, or -1. */
  firsts: Map<NounWord[], number>;
}

/** A noun's fit for the article, with nothing ranked yet. */
export function fitOf(state: SummarizeState, noun: string, words: NounWord[], cap: boolean, bodies: Map<string, Body | null>, kinds: Map<string, Set<string>> | undefined): Fit {
  return { state, noun, words, cap, company: !cap && state.lex.companyNouns.has(noun), bodies, memo: new Map(), kinds };
}

/** How well a body fits the noun (the index of the word its name holds; -1 not at all), memoised for the article. */
export function rank(f: Fit, key: string): number {
  let r = f.memo.get(key);
  if (r !== undefined) return r;
  const body = bodyOf(f, key);
  r = body ? fitsNoun(body, f.words) : -1;
  // "Humber Rail Users' Group" is its members', never "the company" (though "the group").
  if (f.company && membersBody(f.state, body, f.noun)) r = -1;
  else if (r < 0 && f.company && bare(f.state, body)) r = f.words.length;
  if (f.kinds?.get(key)?.has(f.noun)) r = 0;
  else if (r >= 0 && f.kinds) r += 1;
  f.memo.set(key, r);
  return r;
}

/** A word of the noun as the fit tests read it. */
function fitWord(word: string): NounWord {
  const text = norm(word);
  return { text, word: text !== "" && !text.includes(" ") ? text : null };
}

const nounWords = new WeakMap<readonly string[], NounWord[]>();

/** The words of a dictionary's noun, read once. */
export function fitWords(words: readonly string[]): NounWord[] {
  let read = nounWords.get(words);
  if (!read) nounWords.set(words, (read = words.map(fitWord)));
  return read;
}

const capitals = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, NounWord[]>>();

/** "the Bank" fits by its own word only: that word (one the GENERIC_ORG bit marks, from `nouns`) as the fit tests read it, read once. */
export function capitalWords(nouns: ReadonlyMap<string, readonly string[]>, word: string): NounWord[] {
  let read = capitals.get(nouns);
  if (!read) capitals.set(nouns, (read = new Map()));
  let words = read.get(word);
  if (!words) read.set(word, (words = [fitWord(word)]));
  return words;
}

/** The body under `key` as the fit tests read it, built on first use for the article. */
function bodyOf(f: Fit, key: string): Body | null {
  let body = f.bodies.get(key);
  if (body === undefined) {
    const e = f.state.entity(key);
    const info = e && f.state.lex.entities.get(e.key);
    const aliases = info ? aliasesOf(info) : null;
    body = e ? { names: namesOf(e, info, aliases), aliases, name: e.name, words: undefined, fitting: undefined, kind: e.kind, fromDictionary: e.fromDictionary } : null;
    f.bodies.set(key, body);
  }
  return body;
}

/** Its name and forms normalized, each once, leaving out its dictionary aliases (the fit tests read those in `Aliases`). */
function namesOf(e: Entity, info: EntityInfo | undefined, aliases: Aliases | null): string[] {
  const names: string[] = [];
  addName(names, e.name, info, aliases);
  // The first form is most often the name itself.
  for (const form of e.forms.keys()) if (form !== e.name) addName(names, form, info, aliases);
  return names;
}

function addName(names: string[], name: string, info: EntityInfo | undefined, aliases: Aliases | null): void {
  if (!aliases) names.push(norm(name));
  else if (!aliases.raw.has(name)) names.push(name === info!.name ? aliases.name : norm(name));
}

const aliases = new WeakMap<EntityInfo, Aliases>();

function aliasesOf(info: EntityInfo): Aliases {
  let names = aliases.get(info);
  if (!names) {
    names = { raw: new Set(info.aliases), names: info.aliases.map(norm), words: new Set(), name: norm(info.name), firsts: new Map() };
    for (const n of names.names) addWords(names.words, n);
    aliases.set(info, names);
  }
  return names;
}

/** The whole words of a normalized name: what its spaces bound. */
function addWords(words: Set<string>, name: string): void {
  for (const w of nameWords(name)) words.add(w);
}

/**
 * "waterside workers alliance": lowercase, no possessives or dots, single spaces. A possessive "'s"
 * goes where no letter, digit or "_" follows it, any other apostrophe and every dot go, and each run
 * of the white space left becomes one space. A name with nothing to remove or fold is returned as it is.
 */
export function norm(name: string): string {
  const low = name.toLowerCase();
  let out = "";
  let from = 0; // where the run of kept characters not yet in `out` begins
  let white = false; // the last character kept is white space
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c === 46 || c === 39 || c === 0x2019 || c === 0x2018) {
      out += low.slice(from, i);
      if (c !== 46 && low.charCodeAt(i + 1) === 115 && !wordChar(low.charCodeAt(i + 2))) i++;
      from = i + 1;
    } else if (spaceAt(low, i)) {
      if (white || c !== 32) {
        out += white ? low.slice(from, i) : low.slice(from, i) + " ";
        from = i + 1;
      }
      white = true;
    } else white = false;
  }
  return from === 0 ? low : out + low.slice(from);
}

/** A character of `\w` as a regex without the u flag reads it (NaN past the end is none). */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * Which of the noun's words (its index, -1 for none) one of the body's names holds: "the union" ->
 * "Waterside Workers' Alliance" by "workers". The first its aliases hold is read once per dictionary
 * entry; the article's names are asked only for the words before it. A single word is held (as
 * groupFits asks) exactly when it is one of the body's fitting words, looked up in the noun's index;
 * the noun's other words are read in the names.
 */
function fitsNoun(body: Body, words: NounWord[]): number {
  const aliased = body.aliases ? aliasesFirst(body.aliases, words) : -1;
  let first = aliased < 0 ? words.length : aliased;
  const { single, others } = indexOf(words);
  for (const w of fittingWords(body)) {
    const i = single.get(w);
    if (i !== undefined && i < first) first = i;
  }
  for (const i of others) {
    if (i >= first) break;
    const text = words[i]!.text;
    for (const name of body.names)
      if (holdsWords(name, text) && groupFits(body, name, text)) {
        first = i;
        break;
      }
  }
  return first < words.length ? first : -1;
}

/** A noun's words by kind: each single word with its first index, and the indices of the others (more than one word, or none), in order. */
interface WordIndex {
  single: Map<string, number>;
  others: number[];
}

const indices = new WeakMap<NounWord[], WordIndex>();

/** The noun's words indexed, once per noun (`fitWords`, `capitalWords`). */
function indexOf(words: NounWord[]): WordIndex {
  let index = indices.get(words);
  if (!index) {
    index = { single: new Map(), others: [] };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.word;
      if (w === null) index.others.push(i);
      else if (!index.single.has(w)) index.single.set(w, i);
    }
    indices.set(words, index);
  }
  return index;
}

/**
 * The words a single word of a noun fits the body by: what a name's spaces bound, as holdsWords
 * reads a word without spaces; of a group's name only the last, and only after a space, as
 * groupFits asks ("Andean countries" fits "countries", never "Andean"; "Pilots" fits nothing).
 */
function fittingWords(body: Body): string[] {
  if (body.fitting) return body.fitting;
  const fitting: string[] = [];
  for (const name of body.names) {
    if (body.kind === "group") {
      const last = name.lastIndexOf(" ");
      if (last >= 0) fitting.push(name.slice(last + 1));
    } else fitting.push(...nameWords(name));
  }
  return (body.fitting = fitting);
}

/**
 * A group of people fits a noun only by the noun heading its name ("Andean countries", not "Port
 * Harcourt residents" for "the port"), and never by the plural alone ("Pilots" is not their union).
 */
function groupFits(body: Body, name: string, text: string): boolean {
  return body.kind !== "group" || (name !== text && name.endsWith(" " + text));
}

/**
 * The first of the noun's words the aliases hold, or -1, kept per entry and noun. A word without
 * spaces is held exactly when it is one of the words an alias's spaces bound: the aliases' words
 * answer for all of them at once.
 */
function aliasesFirst(aliases: Aliases, words: NounWord[]): number {
  let first = aliases.firsts.get(words);
  if (first === undefined) {
    first = words.findIndex((w) => (w.word !== null ? aliases.words.has(w.word) : holds(aliases.names, w.text)));
    aliases.firsts.set(words, first);
  }
  return first;
}

function holds(names: string[], text: string): boolean {
  for (const n of names) if (holdsWords(n, text)) return true;
  return false;
}

/** Does `name` hold `text` between spaces or its ends, as " " + name + " " holds " " + text + " "? */
export function holdsWords(name: string, text: string): boolean {
  for (let k = name.indexOf(text); k >= 0; k = k < name.length ? name.indexOf(text, k + 1) : -1) {
    const end = k + text.length;
    if ((k === 0 || name.charCodeAt(k - 1) === 32) && (end === name.length || name.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** The words of the body's name, split when first asked. */
function bodyWords(body: Body): string[] {
  return (body.words ??= nameWords(body.name));
}

/** A body named without any head word: what "the company" may mean. */
function bare(state: SummarizeState, body: Body | null): boolean {
  if (!body || body.kind !== "organisation" || body.fromDictionary) return false;
  for (const w of bodyWords(body)) {
    if (state.lex.orgHeads.has(w) && !state.lex.companyHeads.has(w)) return false;
    // "Germany's largest pilots union": a body described in common words, not named, says what it is.
    if (lowercaseWord(w) && !state.lex.orgConnectors.has(w)) return false;
  }
  return true;
}

/** A word that opens with a lowercase letter ("largest", not "Labs" or "3M"). */
function lowercaseWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : w[0] !== w[0]!.toUpperCase();
}

/** "Humber Rail Users' Group": a plural possessive before a company's head word says its members are people, not that it is a business. */
function membersBody(state: SummarizeState, body: Body | null, noun: string): boolean {
  if (!body) return false;
  // The last two of the words the name's spaces bound: "Users'" ends in "s'" or "s’" right before the last space.
  const name = body.name;
  const last = name.lastIndexOf(" ");
  const mark = name.charCodeAt(last - 1);
  if (last < 0 || name.charCodeAt(last - 2) !== 115 || (mark !== 39 && mark !== 0x2019)) return false;
  const head = name.slice(last + 1);
  return state.lex.companyHeads.has(head) && head.toLowerCase() !== noun;
}
