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
import { nameWordRuns } from "../text/name_word_runs.ts";
import { nameWords, sameSpelling, Spelling } from "../text/spelling.ts";

const RULE = "merge_transliterations";

const merge_transliterations: Rule = (state) => {
  const people = [...state.entities.values()].filter((e) => e.kind === "person");
  // Fuller names first, so a surname alone joins a full name.
  people.sort((a, b) => nameWords(b.name).length - nameWords(a.name).length || a.key.localeCompare(b.key));
  const kept: Entity[] = [];
  for (const p of people) {
    const into = kept.find((k) => sameName(k.name, p.name)) ?? givenNameOf(kept, p.name);
    if (into) {
      state.merge(p.key, into.key);
      if (state.tracing) state.note(null, RULE, `"${p.name}" is a spelling of "${into.name}"`);
    } else kept.push(p);
  }
  // Surnames in another spelling that no earlier rule placed.
  const surnames = kept.map((k) => [new Spelling(nameWords(k.name).at(-1)!), k.key] as const);
  if (surnames.length === 0) return;
  // A word -> the key of the first surname it spells: the same for every time the word is seen.
  const spelled = new Map<string, string | undefined>();
  const { at, first } = nameWordRuns(state.sentences);
  for (let k = 0; k < state.sentences.length; k++) {
    const s = state.sentences[k]!;
    if (s.skip) continue;
    for (let r = first[k]!; r < first[k + 1]!; r += 2) {
      // A name word alone: a run of one.
      const i = at[r]!;
      if (at[r + 1] !== i + 1 || state.mentionAt(s, i)) continue;
      const t = s.tokens[i]!;
      let key = spelled.get(t.text);
      if (key === undefined && !spelled.has(t.text)) spelled.set(t.text, (key = spelledSurname(surnames, t.text)));
      if (key && state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false }))
        if (state.tracing) state.note(s.index, RULE, `"${t.text}" -> ${state.entity(key)?.name} (spelling)`);
    }
  }
};

/** The key of the first surname `word` is a spelling of. */
function spelledSurname(surnames: (readonly [Spelling, string])[], word: string): string | undefined {
  const spelling = new Spelling(word);
  for (const [surname, key] of surnames) if (surname.same(spelling)) return key;
  return undefined;
}

/** "Mr Tesfaye" after "Tesfay Habtemariam": where people go by the given name, the one full name it begins. */
function givenNameOf(kept: Entity[], name: string): Entity | undefined {
  if (nameWords(name).length !== 1) return undefined;
  const hits = kept.filter((k) => nameWords(k.name).length >= 2 && sameSpelling(nameWords(k.name)[0]!, name));
  return hits.length === 1 ? hits[0] : undefined;
}

/** One person: the surnames fold together, and so do the given names (a middle name may be left out). */
function sameName(full: string, other: string): boolean {
  const a = nameWords(full), b = nameWords(other);
  if (!sameSpelling(a.at(-1)!, b.at(-1)!)) return false;
  if (b.length === 1) return true;
  if (!sameSpelling(a[0]!, b[0]!)) return false;
  // "Mohamed el-Tayeb" is "Mohammed Osman el-Tayeb"; "Ana Ode" and "Ana Maria Ode" likewise.
  return a.length === b.length ? a.every((w, i) => sameSpelling(w, b[i]!)) : Math.abs(a.length - b.length) === 1;
}

export default merge_transliterations;
