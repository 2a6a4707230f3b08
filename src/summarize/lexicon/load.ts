// The one loader: shipped dictionaries first, then the operator's, each file
// checked and merged into lookup structures that the rules only read.
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { ActorKind, PointKind } from "../types.ts";
import { phraseKey, tokenize } from "../text/tokens.ts";
import { regularForms } from "./inflect.ts";
import { PhraseTrie } from "./trie.ts";
import { type CueHit, type CueTarget, type EntityInfo, type Lexicon, LexiconError, type NameHit, type NameRole } from "./types.ts";
import { Checker, KNOWN_SECTIONS } from "./validate.ts";
import { addWordLists, emptyWordLists, wordLike } from "./words.ts";
import { buildWordFlags } from "./flags.ts";
import { orgWordsOf } from "./org_words.ts";
import { lowercaseNameOpeners } from "./name_openers.ts";
import { Vocabulary } from "./vocabulary.ts";
import { DataFileError, problemOf, readDataFile } from "../../knowledge/data_file.ts";
import { addLineStarts, furniture } from "./furniture.ts";
import { boilerplateMatcher } from "../../ingest/boilerplate.ts";

const DATA = fileURLToPath(new URL("./data/", import.meta.url));
export const SHIPPED = [
  "countries.json", "regions.json", "organisations.json", "groups.json", "people.json", "titles.json",
  "speech_verbs.json", "demand_cues.json", "org_shapes.json", "words.json",
].map((f) => DATA + f);

const KINDS = ["demand", "rejection", "warning", "offer", "position"] as const;
const CUE_TARGETS = ["subject", "next", "for_to", "possessor", "from", "object_to", "none"] as const;
/** Each kind's entity keys open with its own prefix. */
const KEY_PREFIX: Record<ActorKind, string> = { country: "country:", government: "gov:", organisation: "org:", group: "group:", person: "person:" };
const ENTRY_KINDS = Object.keys(KEY_PREFIX) as ActorKind[];
const ACRONYM = /^[\p{Lu}\p{N}.&+-]{2,7}$/u;

type Json = Record<string, unknown>;

let shipped: Lexicon | null = null;

/** The shipped dictionaries alone, read once per process: the summarizer and the cluster stage share them. */
export function shippedLexicon(): Lexicon {
  return (shipped ??= loadLexicon());
}

export function loadLexicon(extraFiles: string[] = []): Lexicon {
  const lex = emptyLexicon();
  lex.boilerplate = furniture();
  for (const file of SHIPPED) addFile(lex, file, true);
  for (const file of extraFiles) addFile(lex, file, false);
  lex.orgWords = orgWordsOf(lex);
  lex.lowercaseNameOpeners = lowercaseNameOpeners(lex);
  lex.vocabulary = new Vocabulary(buildWordFlags(lex), lex.words.nonNames, lex.words.nameParticles);
  lex.matchFurniture = boilerplateMatcher(lex.boilerplate);
  return lex;
}

function emptyLexicon(): Lexicon {
  return {
    files: [], entities: new Map(), hasPeople: false, names: new PhraseTrie(), demonyms: new Map(), titles: new PhraseTrie(),
    titleModifiers: new Set(), honorifics: new Set(), verbs: new PhraseTrie(), stances: new Map(), nouns: new Map(),
    cues: new PhraseTrie(), groupCollectives: new Set(), orgHeads: new Set(), loneHeads: new Set(), leadingHeads: new Set(), ofHeads: new Set(), companyHeads: new Set(), orgSuffixes: new Set(),
    orgConnectors: new Set(), mediaHeads: new Set(), documentWords: new Set(), eventWords: new Set(), orgKindNouns: new Set(), orgKindSuffixes: [], companyNouns: new Set(), governmentDescriptors: new Set(), genericOrgNouns: new Map(), orgWords: { dotless: new Set(), words: new Set(), capitalised: true }, lowercaseNameOpeners: new Map(), boilerplate: [], matchFurniture: () => null, words: emptyWordLists(), vocabulary: new Vocabulary(new Map(), new Set(), new Set()),
  };
}

/** A dictionary file through the project's one knowledge reader; its faults become lexicon errors. */
function readJson(file: string): unknown {
  try {
    return readDataFile(file);
  } catch (e) {
    if (e instanceof DataFileError) throw new LexiconError(file, null, problemOf(e, file));
    throw e;
  }
}

/** Merge one dictionary file; every section has the same meaning in a shipped or an operator file. */
export function addFile(lex: Lexicon, file: string, shipped: boolean): void {
  const c = new Checker(file);
  const doc = c.object(readJson(file), null);
  c.string(doc, "about", "top level");
  for (const key of Object.keys(doc)) if (!KNOWN_SECTIONS.has(key)) c.fail(null, `unknown section "${key}"`);
  addEntries(lex, c, doc, shipped);
  addTitles(lex, c, doc);
  addVerbs(lex, c, doc);
  addCues(lex, c, doc);
  addShapes(lex, c, doc);
  addWordLists(lex.words, c, doc);
  addLineStarts(lex, c, doc, shipped);
  lex.files.push(file);
}

function entryKind(c: Checker, e: Json, where: string): ActorKind {
  if (e.kind === undefined && ("demonyms" in e || "capital" in e || "code" in e)) return "country";
  return c.oneOf(e, "kind", ENTRY_KINDS, where);
}

function addEntries(lex: Lexicon, c: Checker, doc: Json, shipped: boolean): void {
  const seen = new Map<string, string>(); // surface -> entry, within this file
  const collectives = c.strings(doc, "collectives", null);
  for (const x of collectives) lex.groupCollectives.add(x.toLowerCase());
  c.list(doc, "entries").forEach((e, i) => {
    const where = `entries[${i}]`;
    const kind = entryKind(c, e, where);
    const name = c.string(e, "name", where)!;
    if (kind === "person" && shipped && basename(c.file) !== "people.json")
      c.fail(where, "person entries belong in the operator's dictionaries, never in a shipped file");
    if (kind === "person" && shipped) c.fail(where, "the shipped people.json must stay empty: people are found by rules");
    const key = KEY_PREFIX[kind] + (kind === "country" && typeof e.code === "string" ? e.code : name.toLowerCase());
    const info: EntityInfo = lex.entities.get(key) ?? { key, name, kind, ambiguous: e.ambiguous === true, aliases: [] };
    if (kind === "person") (info.country = c.string(e, "country", where, true)), (lex.hasPeople = true);
    // A state or province: the country it belongs to, by name.
    if (kind === "government") info.country = c.string(e, "country", where)!;
    lex.entities.set(key, info);
    const add = (surface: string, role: NameRole) => {
      const low = surface.toLowerCase();
      const other = seen.get(low + "\u0000" + role);
      if (other && other !== name) c.fail(where, `"${surface}" is already given to ${other} in this file`);
      seen.set(low + "\u0000" + role, name);
      lex.names.add(phraseKey(surface), nameHit(surface, key, role));
    };
    add(name, "name");
    for (const a of c.strings(e, "aliases", where)) {
      add(a, "name");
      info.aliases.push(a);
    }
    // "Bavarian officials", "the Californian government": a state's or province's demonym names it as a country's does.
    if (kind === "country" || kind === "government") for (const d of c.strings(e, "demonyms", where)) addDemonym(lex, d, key, add);
    if (kind === "country") {
      const capital = c.string(e, "capital", where, true);
      if (capital) add(capital, "capital");
      for (const a of c.strings(e, "capitalAliases", where)) add(a, "capital");
      for (const s of c.strings(e, "seats", where)) add(s, "seat");
    }
    // "Brussels" for the EU, "Threadneedle Street" for the Bank of England: where a body sits names it.
    if (kind === "organisation" || kind === "group") for (const s of c.strings(e, "seats", where)) add(s, "seat");
    const seatFor = c.strings(e, "seat_for", where);
    if (seatFor.length) info.seatFor = seatFor.map((n) => KEY_PREFIX.organisation + n.toLowerCase());
    if (kind === "group") for (const adj of c.strings(e, "adjectives", where)) lex.names.add(phraseKey(adj), nameHit(adj, key, "group"));
  });
}

function addDemonym(lex: Lexicon, d: string, key: string, add: (s: string, r: NameRole) => void): void {
  lex.demonyms.set(d.toLowerCase(), key);
  lex.names.add(phraseKey(d), nameHit(d, key, "demonym"));
  // "the Americans", "the British": the people of a country speaking as one.
  const plural = /(ese|ish|ch|sh|ss|s|x|z)$/i.test(d) ? d : d + "s";
  add("the " + plural, "name");
}

function nameHit(surface: string, key: string, role: NameRole): NameHit {
  const toks = tokenize(surface);
  const exactCase = toks.length === 1 && ACRONYM.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface);
  // A capital in the dictionary asks for one in the text: "Chad" the country, not "chad".
  return { key, role, exactCase, caps: toks.map((t) => t.cap) };
}

function addTitles(lex: Lexicon, c: Checker, doc: Json): void {
  c.list(doc, "titles").forEach((t, i) => {
    const where = `titles[${i}]`;
    const title = c.string(t, "title", where)!.toLowerCase();
    const role = c.string(t, "role", where)!;
    const government = t.government === true;
    const lowercase = t.lowercase === true;
    for (const form of [title, ...c.strings(t, "aliases", where)]) {
      const keys = phraseKey(form);
      // A title is found by its first word's TITLE bit, which only words carry (titleAt).
      if (!wordLike(keys[0] ?? "")) c.fail(where, `"${form}" must open with a word: rules find a title by a bit that only words carry`);
      lex.titles.add(keys, { title: form.toLowerCase(), role, government, lowercase });
    }
  });
  for (const m of c.strings(doc, "modifiers", null)) lex.titleModifiers.add(m.toLowerCase());
  for (const h of c.strings(doc, "honorifics", null)) lex.honorifics.add(h.toLowerCase());
}

function kindOf(c: Checker, o: Json, where: string): PointKind {
  return c.oneOf(o, "kind", KINDS, where);
}

function addVerbs(lex: Lexicon, c: Checker, doc: Json): void {
  c.list(doc, "verbs").forEach((v, i) => {
    const where = `verbs[${i}]`;
    const verb = c.string(v, "verb", where)!.toLowerCase();
    const kind = kindOf(c, v, where);
    const [head, ...rest] = verb.split(/\s+/) as [string, ...string[]];
    const listed = c.strings(v, "forms", where).map((f) => f.toLowerCase());
    const notBefore = new Set(c.strings(v, "not_before", where).map((w) => w.toLowerCase()));
    const forms = new Set(listed.length ? [head, ...listed] : regularForms(head));
    for (const f of forms)
      lex.verbs.add([...phraseKey(f), ...rest.flatMap(phraseKey)], { verb, kind, objectTo: v.object_to === true, objectFrom: v.object_from === true, hopesFor: v.hopes_for === true, objectDeadline: v.object_deadline === true, selfTo: v.self_to === true, conveys: v.conveys === true, participle: f.endsWith("ing"), headline: v.headline === true, needsObject: v.needs_object === true, reportsOnlyDone: v.not_after_modal === true, reportsForward: v.reports_forward === true, mandative: v.mandative === true, notBefore });
  });
  c.list(doc, "stances").forEach((s, i) => lex.stances.set(c.string(s, "word", `stances[${i}]`)!.toLowerCase(), kindOf(c, s, `stances[${i}]`)));
  c.list(doc, "nouns").forEach((s, i) => lex.nouns.set(c.string(s, "word", `nouns[${i}]`)!.toLowerCase(), kindOf(c, s, `nouns[${i}]`)));
}

function addCues(lex: Lexicon, c: Checker, doc: Json): void {
  c.list(doc, "cues").forEach((q, i) => {
    const where = `cues[${i}]`;
    const phrase = c.string(q, "phrase", where)!.toLowerCase();
    const kind = q.kind === "none" ? "none" : kindOf(c, q, where);
    const target = c.oneOf<CueTarget>(q, "target", CUE_TARGETS, where, "none");
    const hit: CueHit = { phrase, kind, target, notAfter: new Set(c.strings(q, "not_after", where)), notBefore: new Set(c.strings(q, "not_before", where)), needsModal: q.needs_modal === true, needsNegation: q.needs_negation === true, setsTerms: q.sets_terms === true, beforeVerb: q.before_verb === true };
    // "can not" is "cannot" spelled apart: one entry, one set of exceptions.
    for (const form of [phrase, ...c.strings(q, "aliases", where)]) lex.cues.add(phraseKey(form), hit);
  });
}

function addShapes(lex: Lexicon, c: Checker, doc: Json): void {
  // Head words and suffixes are found by their ORG_WORD bit, which only words carry.
  const words = (key: string) =>
    c.strings(doc, key, null).filter((w, i) => wordLike(w) || c.fail(key, `"${key}"[${i}] "${w}" must be a word: rules find it by a bit that only words carry`));
  for (const h of words("heads")) lex.orgHeads.add(h);
  for (const h of words("company_heads")) lex.orgHeads.add(h), lex.companyHeads.add(h);
  for (const h of words("lone_heads")) lex.orgHeads.add(h), lex.loneHeads.add(h);
  for (const h of words("leading_heads")) lex.orgHeads.add(h), lex.leadingHeads.add(h);
  for (const h of words("of_heads")) lex.ofHeads.add(h);
  for (const s of words("suffixes")) lex.orgSuffixes.add(s);
  for (const s of c.strings(doc, "connectors", null)) lex.orgConnectors.add(s.toLowerCase());
  for (const s of c.strings(doc, "media_heads", null)) lex.mediaHeads.add(s);
  for (const s of c.strings(doc, "documents", null)) lex.documentWords.add(s);
  for (const s of c.strings(doc, "events", null)) lex.eventWords.add(s);
  for (const s of c.strings(doc, "kind_nouns", null)) lex.orgKindNouns.add(s.toLowerCase());
  for (const s of c.strings(doc, "kind_suffixes", null)) lex.orgKindSuffixes.push(s.toLowerCase());
  for (const s of c.strings(doc, "company_nouns", null)) lex.companyNouns.add(s.toLowerCase());
  for (const s of c.strings(doc, "government_descriptors", null)) lex.governmentDescriptors.add(s.toLowerCase());
  if (doc.generic !== undefined) {
    const g = c.object(doc.generic, "generic");
    for (const noun of Object.keys(g)) lex.genericOrgNouns.set(noun.toLowerCase(), c.strings(g, noun, `generic.${noun}`, false).map((w) => w.toLowerCase()));
  }
}
