// Marks each point of the day against earlier briefings:
//   no earlier point of the actor on this subject             -> new
//   the latest one on this subject has the same kind and wording as firm -> repeated, firstSeen = first time the subject came up
//   the latest one has another kind, or firmer or softer words -> changed, with the earlier wording and the shift
// "Latest" matters: an offer on Monday, a demand on Tuesday and the same
// demand on Wednesday make Wednesday's point repeated, not changed.
import type { StoryPoint } from "../cluster/types.ts";
import type { BriefingPoint } from "./types.ts";
import type { History, PastPoint } from "./history.ts";
import { SAME_SUBJECT, sameSubject, shiftInKind, shiftOf, subjectWords, type Shift } from "./stance.ts";

export function markPoint(point: StoryPoint, actorKey: string, history: History): BriefingPoint {
  const subject = subjectWords(point.text);
  const similar = (history.byActor.get(actorKey) ?? [])
    .map((past) => ({ past, sim: sameSubject(subject, past.subject) }))
    .filter((x) => x.sim >= SAME_SUBJECT);
  if (!similar.length) return { ...point, novelty: "new", firstSeen: null, previous: null };
  const latest = similar.reduce((a, b) => (b.past.date > a.past.date || (b.past.date === a.past.date && b.sim > a.sim) ? b : a)).past;
  const firstSeen = similar.reduce((d, x) => (x.past.firstSeen < d ? x.past.firstSeen : d), latest.firstSeen);
  if (latest.kind !== point.kind) return { ...point, novelty: "changed", firstSeen, previous: previousOf(latest, shiftOf(latest.kind, point.kind)) };
  const moved = shiftInKind(latest.text, point.text);
  if (moved) return { ...point, novelty: "changed", firstSeen, previous: previousOf(latest, moved) };
  return { ...point, novelty: "repeated", firstSeen, previous: null };
}

function previousOf(past: PastPoint, shift: Shift): NonNullable<BriefingPoint["previous"]> {
  return { text: past.text, kind: past.kind, date: past.date, shift };
}
