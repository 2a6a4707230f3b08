// The words an organisation's name shape is found by: head words ("Ministry", "Port" of "Port of
// Rotterdam") and company suffixes ("Inc.", and "Inc" without its dot). Worked out once, when
// the lexicon is loaded; the ORG_WORD bit marks their spellings.
import type { Lexicon, OrgWords } from "./types.ts";
import { shapeOf } from "../text/tokens.ts";

export function orgWordsOf(lex: Lexicon): OrgWords {
  const dotless = new Set<string>();
  for (const x of lex.orgSuffixes) if (x.endsWith(".")) dotless.add(x.slice(0, -1));
  return {
    dotless,
    words: new Set([...lex.orgHeads, ...lex.ofHeads, ...lex.orgSuffixes, ...dotless]),
    // A suffix is only asked of a capitalised word; a head is asked of every word of the run.
    capitalised: [...lex.orgHeads, ...lex.ofHeads].every((h) => shapeOf(h).cap),
  };
}
