// choose_canonical_names: one name per actor.
//   people: the fullest name form seen, the most frequent of those, then alphabetical
//     ("Ivan Sorin" x1, "Ivan Sorin" x2, "Sorin" x5 -> "Ivan Sorin")
//   countries, bodies, groups from a dictionary: the dictionary name ("United States")
//   other bodies: the longest form seen; a group's first letter capitalised
import { withoutFinalDot } from "../text/orgs.ts";
import type { Rule } from "../rule.ts";
import { wordCount } from "../text/spelling.ts";

const choose_canonical_names: Rule = (state) => {
  for (const e of state.entities.values()) {
    if (e.fromDictionary) {
      e.canonical = e.name;
      continue;
    }
    if (!e.forms.size) continue;
    const best = e.forms.size === 1 ? e.forms.keys().next().value! : fullest(e.forms);
    // "Acme Corp." -> "Acme Corp": a sentence's full stop is not part of a name.
    e.canonical = e.kind === "person" ? best : withoutFinalDot(best);
    // "critics of the plan" -> "Critics of the plan": a group named by a common noun reads as a name.
    if (e.kind === "group") e.canonical = e.canonical.charAt(0).toUpperCase() + e.canonical.slice(1);
  }
};

/** The form with the most words, the most frequent of those, then the first alphabetically. */
function fullest(forms: Map<string, number>): string {
  let best = "", bestWords = -1, bestSeen = 0;
  for (const [form, seen] of forms) {
    const words = wordCount(form);
    if (words > bestWords || (words === bestWords && (seen > bestSeen || (seen === bestSeen && form < best)))) {
      best = form;
      bestWords = words;
      bestSeen = seen;
    }
  }
  return best;
}

export default choose_canonical_names;
