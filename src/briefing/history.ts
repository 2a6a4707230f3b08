// What earlier briefings said, indexed by actor: the memory against which a
// day's points are marked new, repeated or changed, and quiet demands found.
// Actors are matched by name or by an alias an earlier briefing recorded, so
// a change of canonical spelling does not make an old point look new.
import type { PointKind } from "../summarize/types.ts";
import type { Briefing } from "./types.ts";
import { keyOf } from "../cluster/actors.ts";
import { subjectWords } from "./stance.ts";
import { cmp } from "./order.ts";

export interface PastPoint {
  actor: string;
  kind: PointKind;
  target: string | null;
  text: string;
  subject: ReadonlySet<string>;
  date: string;
  /** When the point (or its earlier form) was first seen. */
  firstSeen: string;
}

export interface History {
  /** Earlier briefings' points by actor key, oldest first. */
  byActor: Map<string, PastPoint[]>;
  /** Actor key for a name or alias seen in earlier briefings. */
  resolve(names: string[]): string;
}

export function historyOf(briefings: Briefing[], before: string): History {
  const earlier = briefings.filter((b) => b.date < before).sort((a, b) => cmp(a.date, b.date));
  const aliasKey = new Map<string, string>();
  for (const b of earlier)
    for (const a of b.actors) for (const n of [a.name, ...a.aliases]) if (!aliasKey.has(keyOf(n))) aliasKey.set(keyOf(n), keyOf(a.name));
  // An actor's own name is its key; aliases only route names never used as a canonical name.
  for (const b of earlier) for (const a of b.actors) aliasKey.set(keyOf(a.name), keyOf(a.name));
  const resolve = (names: string[]) => {
    for (const n of names) {
      const k = aliasKey.get(keyOf(n));
      if (k) return k;
    }
    return keyOf(names[0] ?? "");
  };
  const byActor = new Map<string, PastPoint[]>();
  // An archive repeats its actors on every day: each name is resolved once.
  const keys = new Map<string, string>();
  for (const b of earlier)
    for (const s of b.stories)
      for (const p of s.points) {
        let key = keys.get(p.actor);
        if (key === undefined) keys.set(p.actor, (key = resolve([p.actor])));
        const list = byActor.get(key) ?? [];
        list.push({ actor: p.actor, kind: p.kind, target: p.target, text: p.text, subject: subjectWords(p.text), date: b.date, firstSeen: p.firstSeen ?? b.date });
        byActor.set(key, list);
      }
  return { byActor, resolve };
}
