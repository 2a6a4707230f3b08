// Actors named one after another: "X", "X and Y", "X, Y and the Z".
//   "urged Chile, Peru and Bolivia to ..." -> Chile, Peru, Bolivia
//   "according to Chile, Peru must ..."    -> Chile (a comma no "and" closes ends the list)
import type { Mention, Sentence } from "../state.ts";

/** The actor mention that starts at token t. */
export function actorAt(s: Sentence, t: number): Mention | undefined {
  for (const m of s.mentions) if (m.t0 === t && m.role === "actor") return m;
  return undefined;
}

/** The actor mention starting at t, or right after a "the" there ("by | the union"). */
export function actorPastThe(s: Sentence, t: number): Mention | undefined {
  return actorAt(s, t) ?? (s.tokens[t]?.low === "the" ? actorAt(s, t + 1) : undefined);
}

/** Words that may stand before the first name of a list ("the", "all", "both", an opening quotation). */
const LEADERS = new Set(["the", "all", "both", "\"", "“"]);

/** X, or "X and Y", or "X, Y and Z", starting at t (after a leading "the", "all", "both" or quotation mark). */
export function actorListAt(s: Sentence, t: number): Mention[] {
  const out: Mention[] = [];
  let k = t;
  while (k < t + 3 && !actorAt(s, k) && LEADERS.has(s.tokens[k]?.low ?? "")) k++;
  let m = actorAt(s, k);
  while (m) {
    out.push(m);
    const next = s.tokens[m.t1]?.low;
    // "the union and the TSC": the second name may have its own "the".
    const at = s.tokens[m.t1 + 1]?.low === "the" ? m.t1 + 2 : m.t1 + 1;
    m = next === "and" || next === "or" || next === "," ? actorAt(s, m.t1 + 1) ?? actorAt(s, at) : undefined;
  }
  return out;
}

/** The list up to its last name joined by "and" or "or": "Chile, Peru and Bolivia" stays whole, "Chile, Peru must" is Chile. */
export function closedList(s: Sentence, list: Mention[]): Mention[] {
  for (let i = list.length - 1; i > 0; i--) {
    const at = list[i]!.t0 - (s.tokens[list[i]!.t0 - 1]?.low === "the" ? 2 : 1);
    const joint = s.tokens[at]?.low;
    if (joint === "and" || joint === "or") return list.slice(0, i + 1);
  }
  return list.slice(0, 1);
}
