// merge_transliterations: spellings of one transliterated name are one person,
// by a spelling fold, not a list of names.
//   "Ivan Sorin" + "Ivan Sorin" -> one person
//   "Petrenskiy" + "Volodymyr Petrenskyy" -> one person
//   "Dmitry Orlov" + "Dmitri Orlov" -> one person
//   "Pavel Marek" + "Volodymyr Petrensky" -> two people (surnames differ)
//   "Yousif Haddad" + "Youssef Haddad", "Elchin Mammadov" + "Mamedov" -> one person (one vowel apart)
//   "Mohamed Saleh" + "Mohammed Osman Saleh" -> one person (a middle name left out)
//   "Ana Ode" + "Lena Ode" -> two people (the given names differ)
//   "Tesfay Habtemariam" + "Mr Tesfaye" -> one person (named by the given name, as in Ethiopia)
import type { Rule } from "../rule.ts";
import type { Entity } from "../state.ts";
import { nameWords, Spelling, Spellings } from "../text/spelling.ts";

const RULE = "merge_transliterations";

/** A person and the words of the name, split once. */
interface Named {
  entity: Entity;
  words: string[];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const merge_transliterations: Rule = (state) => {
  // Each name is folded once for the article, when first compared.
  const spellings = new Spellings();
  const people: Named[] = [];
  for (const e of state.entities.values()) if (e.kind === "person") people.push({ entity: e, words: nameWords(e.name) });
  // Fuller names first, so a surname alone joins a full name; then by key in code-point order,
  // which every machine shares (a locale's collation, as localeCompare's, varies with LANG).
  people.sort((a, b) => b.words.length - a.words.length || byCodePoint(a.entity.key, b.entity.key));
  const kept: Named[] = [];
  for (const p of people) {
    const into = (kept.find((k) => sameName(spellings, k.words, p.words)) ?? givenNameOf(spellings, kept, p))?.entity;
    if (into) {
      state.merge(p.entity.key, into.key);
      if (state.tracing) state.note(null, RULE, `"${p.entity.name}" is a spelling of "${into.name}"`);
    } else kept.push(p);
  }
  // Surnames in another spelling that no earlier rule placed.
  const surnames = kept.map((k) => [spellings.of(k.words.at(-1)!), k.entity.key] as const);
  if (surnames.length === 0) return;
  // A word -> the key of the first surname it spells: the same for every time the word is seen.
  const spelled = new Map<string, string | undefined>();
  for (let k = 0; k < state.sentences.length; k++) {
    const s = state.sentences[k]!;
    if (s.skip) continue;
    for (let r = 0; r < s.nameRuns.length; r += 2) {
      // A name word alone: a run of one.
      const i = s.nameRuns[r]!;
      if (s.nameRuns[r + 1] !== i + 1 || state.mentionAt(s, i)) continue;
      const t = s.tokens[i]!;
      let key = spelled.get(t.text);
      if (key === undefined && !spelled.has(t.text)) spelled.set(t.text, (key = spelledSurname(surnames, spellings.of(t.text))));
      if (key && state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false }))
        if (state.tracing) state.note(s.index, RULE, `"${t.text}" -> ${state.entity(key)?.name} (spelling)`);
    }
  }
};

/** The key of the first surname `spelling` is a spelling of. */
function spelledSurname(surnames: (readonly [Spelling, string])[], spelling: Spelling): string | undefined {
  for (const [surname, key] of surnames) if (surname.same(spelling)) return key;
  return undefined;
}

/** "Mr Tesfaye" after "Tesfay Habtemariam": where people go by the given name, the one full name it begins. */
function givenNameOf(spellings: Spellings, kept: Named[], p: Named): Named | undefined {
  if (p.words.length !== 1) return undefined;
  const hits = kept.filter((k) => k.words.length >= 2 && spellings.same(k.words[0]!, p.entity.name));
  return hits.length === 1 ? hits[0] : undefined;
}

/** One person: the surnames fold together, and so do the given names (a middle name may be left out). */
function sameName(spellings: Spellings, a: string[], b: string[]): boolean {
  if (!spellings.same(a.at(-1)!, b.at(-1)!)) return false;
  if (b.length === 1) return true;
  if (!spellings.same(a[0]!, b[0]!)) return false;
  // "Mohamed el-Tayeb" is "Mohammed Osman el-Tayeb"; "Ana Ode" and "Ana Maria Ode" likewise.
  return a.length === b.length ? a.every((w, i) => spellings.same(w, b[i]!)) : Math.abs(a.length - b.length) === 1;
}

export default merge_transliterations;
