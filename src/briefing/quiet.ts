// Demands that went quiet: made in the briefings of the last QUIET_DAYS days,
// and not made again today by the same actor on the same subject. Each
// earlier demand is listed once, with the last day it was heard.
import type { BriefingPoint, QuietDemand } from "./types.ts";
import type { History } from "./history.ts";
import { SAME_SUBJECT, sameSubject, subjectWords } from "./stance.ts";
import { cmp } from "./order.ts";

export const QUIET_DAYS = 7;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function quietDemands(today: { point: BriefingPoint; actorKey: string }[], history: History, date: string): QuietDemand[] {
  const heard = today
    .filter((t) => t.point.kind === "demand")
    .map((t) => ({ key: t.actorKey, subject: subjectWords(t.point.text) }));
  const out: (QuietDemand & { key: string; subject: ReadonlySet<string> })[] = [];
  for (const [key, points] of [...history.byActor].sort(([a], [b]) => cmp(a, b))) {
    for (const p of points) {
      if (p.kind !== "demand" || dayNumber(date) - dayNumber(p.date) > QUIET_DAYS) continue;
      if (heard.some((h) => h.key === key && sameSubject(h.subject, p.subject) >= SAME_SUBJECT)) continue;
      // Points are oldest first, so a later mention of the same demand replaces the earlier one.
      const seen = out.find((q) => q.key === key && sameSubject(q.subject, p.subject) >= SAME_SUBJECT);
      if (seen) Object.assign(seen, { text: p.text, target: p.target, lastSeen: p.date, subject: p.subject });
      else out.push({ key, subject: p.subject, actor: p.actor, text: p.text, target: p.target, lastSeen: p.date });
    }
  }
  return out
    .sort((a, b) => cmp(b.lastSeen, a.lastSeen) || cmp(a.actor, b.actor) || cmp(a.text, b.text))
    .map(({ actor, text, target, lastSeen }) => ({ actor, text, target, lastSeen }));
}
