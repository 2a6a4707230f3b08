// Where a dictionary name may open at a token that is not capitalised, worked out when the
// lexicon is loaded (dictSpans asks it at every lowercase token with the NAME bit).
import type { Lexicon } from "./types.ts";

/**
 * The first words of the names caseFits may take at a token that is not capitalised: a name whose
 * first word is in lowercase ("the Afghans", "developing countries"), or one in exact case that
 * opens with no letter (its first character then is no capital either). Each says whether all its
 * names of that kind go on with a capitalised word ("mainland": yes; "the": no, "the state of Texas").
 */
export function lowercaseNameOpeners(lex: Lexicon): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const [keys, h] of lex.names.entries()) {
    if (h.exactCase ? /^\p{L}/u.test(keys[0]!) : h.caps[0]) continue;
    const capitalAfter = keys.length > 1 && !h.exactCase && h.caps[1]!;
    out.set(keys[0]!, (out.get(keys[0]!) ?? true) && capitalAfter);
  }
  return out;
}
