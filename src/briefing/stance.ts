// How two points of one actor relate across days: whether they are about the
// same thing (their words, stance words set aside, overlap enough) and which
// way the stance moved: by kind, or within a kind by how firm the wording is.
//   offer "talks on transit fees" -> demand "talks on transit fees first"   harder
//   demand "close the consulate"  -> position "the consulate could close"   softer
//   rejection -> warning                                                    other
//   demand "a pay rise, possibly phased" -> demand "a full pay rise now"    harder (same kind, firmer words)
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

/** Content words of a point's text without the words that only carry its stance or its firmness. */
export function subjectWords(text: string): ReadonlySet<string> {
  let subject = subjects.get(text);
  if (!subject) {
    const { stance, firm, hedged } = wordLists();
    stanceStems ??= new Set([...stance, ...firm, ...hedged].map(stem));
    subject = new Set([...contentWords(text)].filter((w) => !stanceStems!.has(w)));
    if (subjects.size >= MAX_CACHED) subjects.clear();
    subjects.set(text, subject);
  }
  return subject;
}

export function sameSubject(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return jaccard(a, b);
}

/** Firm words less hedged words: "a full ceasefire now" (2) is firmer than "a ceasefire could be discussed" (-2). */
export function firmness(text: string): number {
  const { firm, hedged } = wordLists();
  let n = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) n += firm.has(w) ? 1 : hedged.has(w) ? -1 : 0;
  return n;
}

/** Which way the wording of one kind of stance moved; null when it did not. */
export function shiftInKind(before: string, after: string): Shift | null {
  const d = firmness(after) - firmness(before);
  return d > 0 ? "harder" : d < 0 ? "softer" : null;
}
