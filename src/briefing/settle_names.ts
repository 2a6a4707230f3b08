// An actor keeps the name it was first briefed under: a day that spells a
// person another way (Andrey for Andrei), or names them by an alias an
// earlier briefing recorded, is filed under the earlier name, so actor pages
// and novelty marks follow one actor across days.
//   earlier: "Andrei Volkov" {Andrei Volkov, Volkov}   today: "Andrey Volkov"  -> "Andrei Volkov"
//   earlier: "Ostland" {Ostland, the Kremlin}          today: "Ostland" {the Kremlin} -> "Ostland"
//   earlier: "Maria Sorokina"                          today: "Olga Sorokina"  -> unchanged
import type { Actor } from "../summarize/types.ts";
import type { Briefing } from "./types.ts";
import { keyOf, spellingVariants } from "../cluster/actors.ts";
import { spellingFold } from "../summarize/text/spelling.ts";

export interface SettledNames {
  actors: Actor[];
  /** The settled name for any name the day used. */
  rename(name: string): string;
}

export function settleNames(actors: Actor[], earlier: Briefing[]): SettledNames {
  const byKey = new Map<string, string>();
  // People by the last letters of their surname, so a spelling is compared with a few names, not the archive.
  const people = new Map<string, string[]>();
  const blockOf = (name: string) => spellingFold(keyOf(name).split(" ").pop()!).slice(-3);
  // Newest first: a name an actor was briefed under lately wins over an older alias.
  for (const b of [...earlier].sort((x, y) => (x.date < y.date ? 1 : -1)))
    for (const a of b.actors) {
      if (byKey.has(keyOf(a.name))) continue;
      byKey.set(keyOf(a.name), a.name);
      if (a.kind === "person") people.set(blockOf(a.name), [...(people.get(blockOf(a.name)) ?? []), a.name]);
    }
  for (const b of earlier) for (const a of b.actors) for (const alias of a.aliases) if (/^(?:the\s+)?\p{Lu}/u.test(alias) && !byKey.has(keyOf(alias))) byKey.set(keyOf(alias), a.name);

  const names = new Map<string, string>();
  const settled = actors.map((a) => {
    const known =
      byKey.get(keyOf(a.name)) ??
      (a.kind === "person" ? people.get(blockOf(a.name))?.find((p) => spellingVariants(p, a.name)) : undefined) ??
      a.aliases.map((alias) => (/^(?:the\s+)?\p{Lu}/u.test(alias) ? byKey.get(keyOf(alias)) : undefined)).find((n) => n !== undefined);
    const name = known ?? a.name;
    names.set(a.name, name);
    return name === a.name ? a : { ...a, name, aliases: a.aliases.includes(a.name) ? a.aliases : [a.name, ...a.aliases] };
  });
  // Two of the day's actors settled under one name are one actor.
  const one = new Map<string, Actor>();
  for (const a of settled) {
    const seen = one.get(a.name);
    if (seen) one.set(a.name, { ...seen, aliases: [...new Set([...seen.aliases, ...a.aliases])] });
    else one.set(a.name, a);
  }
  return { actors: [...one.values()], rename: (n) => names.get(n) ?? n };
}
