// merge_transliterations: spellings of one transliterated name are one person,
// by a spelling fold, not a list of names.
//   "Ivan Sorin" + "Ivan Sorin" -> one person
//   "Petrenskiy" + "Volodymyr Petrenskyy" -> one person
//   "Dmitry Orlov" + "Dmitri Orlov" -> one person
//   "Pavel Marek" + "Volodymyr Petrensky" -> two people (surnames differ)
import type { Rule } from "../rule.ts";
import type { Entity } from "../state.ts";
import { isNameWord } from "../text/names.ts";
import { nameWords, spellingFold } from "../text/spelling.ts";

const RULE = "merge_transliterations";

const merge_transliterations: Rule = (state) => {
  const people = [...state.entities.values()].filter((e) => e.kind === "person");
  // Fuller names first, so a surname alone joins a full name.
  people.sort((a, b) => nameWords(b.name).length - nameWords(a.name).length || a.key.localeCompare(b.key));
  const kept: Entity[] = [];
  for (const p of people) {
    const into = kept.find((k) => sameSpelling(k.name, p.name));
    if (into) {
      state.merge(p.key, into.key);
      if (state.tracing) state.note(null, RULE, () => `"${p.name}" is a spelling of "${into.name}"`);
    } else kept.push(p);
  }
  // Surnames in another spelling that no earlier rule placed.
  const bySurname = new Map<string, string>();
  for (const k of kept) bySurname.set(spellingFold(nameWords(k.name).at(-1)!), k.key);
  if (bySurname.size === 0) return;
  for (const s of state.sentences) {
    if (s.skip) continue;
    s.tokens.forEach((t, i) => {
      if (!t.cap || !isNameWord(state, t) || state.mentionAt(s, i) || isNameWord(state, s.tokens[i + 1]) || isNameWord(state, s.tokens[i - 1])) return;
      const key = bySurname.get(spellingFold(t.text));
      if (key && state.addMention(s, { t0: i, t1: i + 1, key, role: "actor", rule: RULE, plural: false }))
        if (state.tracing) state.note(s.index, RULE, () => `"${t.text}" -> ${state.entity(key)?.name} (spelling)`);
    });
  }
};

function sameSpelling(full: string, other: string): boolean {
  const a = nameWords(full).map(spellingFold), b = nameWords(other).map(spellingFold);
  if (a.at(-1) !== b.at(-1)) return false;
  if (b.length === 1) return true;
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

export default merge_transliterations;
