// One entry per real actor across a set of articles: each summary names its
// actors canonically, but two articles may spell one person two ways
// ("Andrei Volkov", "Andrey Volkov"). Entries merge when one's name is among
// the other's aliases, or (for people) when they share the bare surname both
// names end in; a country and its government may merge, other kinds may not.
//   A: "Ana Ode" {Ana Ode, Ode}   B: "Anna Ode" {Ode}         -> one actor, named by most articles
//   A: "Ostland" {Ostland, the Kremlin}  B: "Ostland government" {the Kremlin} -> one actor
//   A: "Ostap Verbytskyi"  B: "Ostap Verbytsky" (spellings one letter apart per word) -> one actor
import type { Actor, ActorKind, Summary } from "../summarize/types.ts";
import { oneEdit, spellingFold } from "../summarize/text/spelling.ts";

export interface ActorIndex {
  /** Every actor once, with aliases from every article, in order of first appearance. */
  actors: Actor[];
  /** Canonical name for any name an article used (unknown names come back unchanged). */
  canonical(name: string): string;
}

export const keyOf = (s: string) => s.normalize("NFKC").toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();
const lastWord = (s: string) => keyOf(s).split(" ").pop() ?? "";
const family = (k: ActorKind) => (k === "government" ? "country" : k);

/** An alias that names rather than describes: capitalised after an optional "the". */
const nameLike = (alias: string) => /^(?:the\s+)?\p{Lu}/u.test(alias.trim());

function linkKeys(actor: Actor): string[] {
  const keys = [keyOf(actor.name), ...actor.aliases.filter(nameLike).map(keyOf)];
  if (actor.kind !== "person") return keys.map((k) => `${family(actor.kind)}|${k}`);
  // A person links by full name, and by an alias that is the surname of their own name.
  const surname = lastWord(actor.name);
  return keys.filter((k) => k === keyOf(actor.name) || k.includes(" ") || k === surname).map((k) => `person|${k}`);
}

/** Words folded the way the summarizer folds transliterations (Andrei/Andrey, Hrytsenko/Grytsenko). */
const foldedWords = (name: string) => keyOf(name).split(" ").map(spellingFold);

/** Two full person names that are transliterations of one: same word count, each word the same once folded, or one edit apart when long. */
export function spellingVariants(a: string, b: string): boolean {
  return foldedVariants(foldedWords(a), foldedWords(b));
}

/** spellingVariants for names already folded into words. */
function foldedVariants(x: string[], y: string[]): boolean {
  if (x.length < 2 || x.length !== y.length) return false;
  return x.every((w, i) => w === y[i] || (w.length >= 5 && oneEdit(w, y[i]!)));
}

export function mergeActors(summaries: Summary[]): ActorIndex {
  const entries = summaries.flatMap((s) => s.actors.map((actor) => ({ actor, article: s.articleId })));
  const parent = entries.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (i: number, j: number) => {
    const a = find(i), b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const owner = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const k of linkKeys(e.actor)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else union(i, j);
    }
  });
  // Spelling variants of person names: each distinct name once (a name repeated in every article of a
  // busy day is already linked to itself by its key), compared only within blocks of names whose words start alike.
  const firstOfName = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.actor.kind === "person" && !firstOfName.has(keyOf(e.actor.name))) firstOfName.set(keyOf(e.actor.name), i);
  });
  // Each string is folded once in this run: a name's key for both blockings, the name itself for every comparison.
  const folds = new Map<string, string[]>();
  const folded = (name: string): string[] => {
    let words = folds.get(name);
    if (!words) folds.set(name, (words = foldedWords(name)));
    return words;
  };
  // Two blockings, so a variant at a word's start (Hrytsenko/Grytsenko) or at its end (Volkov/Volkow) still meets its pair.
  const blockings = [(w: string) => w.slice(0, 2), (w: string) => w.slice(-3)];
  for (const blockOf of blockings) {
    const blocks = new Map<string, number[]>();
    for (const [name, i] of firstOfName) {
      const block = folded(name).map(blockOf).join(" ");
      const list = blocks.get(block);
      if (list) list.push(i);
      else blocks.set(block, [i]);
    }
    for (const members of blocks.values())
      for (let a = 0; a < members.length; a++)
        for (let b = a + 1; b < members.length; b++) {
          const i = members[a]!, j = members[b]!;
          if (find(i) !== find(j) && foldedVariants(folded(entries[i]!.actor.name), folded(entries[j]!.actor.name))) union(i, j);
        }
  }
  const groups = new Map<number, typeof entries>();
  entries.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  const byName = new Map<string, string>();
  const byAlias = new Map<string, string>();
  const actors = [...groups.values()].map((group) => {
    const votes = new Map<string, Set<string>>();
    for (const { actor, article } of group) votes.set(actor.name, (votes.get(actor.name) ?? new Set()).add(article));
    const name = [...votes.entries()].sort(
      ([a, x], [b, y]) => y.size - x.size || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
    )[0]![0];
    // The kind most entries give; on a tie, the one seen first.
    const kinds = new Map<ActorKind, number>();
    for (const { actor } of group) kinds.set(actor.kind, (kinds.get(actor.kind) ?? 0) + 1);
    const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]![0];
    const aliases = [...new Set(group.flatMap(({ actor }) => [actor.name, ...actor.aliases]))];
    for (const a of aliases) if (!byAlias.has(keyOf(a))) byAlias.set(keyOf(a), name);
    for (const { actor } of group) byName.set(keyOf(actor.name), name);
    return { name, kind, aliases };
  });
  return { actors, canonical: (n) => byName.get(keyOf(n)) ?? byAlias.get(keyOf(n)) ?? n };
}
