// How two points of one actor relate across days: whether they are about the
// same thing (their words, stance words set aside, overlap enough) and, when
// the kind changed, which way the stance moved.
//   offer "talks on transit fees" -> demand "talks on transit fees first"   harder
//   demand "close the consulate"  -> position "the consulate could close"   softer
//   rejection -> warning                                                    other
import type { PointKind } from "../summarize/types.ts";
import { contentWords, jaccard, stem } from "../cluster/tokens.ts";
import { wordLists } from "../cluster/words.ts";

/** Subject overlap at which two points of one actor are about the same thing. */
export const SAME_SUBJECT = 0.4;

const HARDNESS: Record<PointKind, number> = { offer: 0, position: 1, demand: 2, warning: 3, rejection: 3 };

export type Shift = "harder" | "softer" | "other";

export function shiftOf(before: PointKind, after: PointKind): Shift {
  const d = HARDNESS[after] - HARDNESS[before];
  return d > 0 ? "harder" : d < 0 ? "softer" : "other";
}

let stanceStems: Set<string> | null = null;
// Every earlier briefing is read again for each later day digested, so the
// subjects of its points are worked out once, not once per day.
const subjects = new Map<string, ReadonlySet<string>>();
const MAX_CACHED = 200_000;

/** Content words of a point's text without the words that only carry its stance. */
export function subjectWords(text: string): ReadonlySet<string> {
  let subject = subjects.get(text);
  if (!subject) {
    stanceStems ??= new Set([...wordLists().stance].map(stem));
    subject = new Set([...contentWords(text)].filter((w) => !stanceStems!.has(w)));
    if (subjects.size >= MAX_CACHED) subjects.clear();
    subjects.set(text, subject);
  }
  return subject;
}

export function sameSubject(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return jaccard(a, b);
}
