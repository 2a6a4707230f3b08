// Page furniture for the summarizer: ingest's named patterns (src/ingest/data/boilerplate.json),
// the one place that knows it, plus any "line_starts" of the operator's own dictionaries.
//   shipped:  "Caption: Delegates at the opening" -> media_label
//   operator: "line_starts": ["from our archive"] -> "From our archive: ..." is furniture
import { DEFAULT_BOILERPLATE_FILE, loadBoilerplate, type BoilerplateRule } from "../../ingest/boilerplate.ts";
import { DataFileError, problemOf } from "../../knowledge/data_file.ts";
import { LexiconError, type Lexicon } from "./types.ts";
import { straightApostrophes } from "../text/tokens.ts";
import type { Checker } from "./validate.ts";

/** The longest line an operator's line start applies to, as for the summarizer's own check. */
const LINE_START_MAX = 200;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Ingest's patterns, read once through ingest's own loader; a copy, so operator rules never reach ingest. */
export function furniture(): BoilerplateRule[] {
  try {
    return [...loadBoilerplate()];
  } catch (e) {
    if (e instanceof DataFileError) throw new LexiconError(DEFAULT_BOILERPLATE_FILE, null, problemOf(e, DEFAULT_BOILERPLATE_FILE));
    throw e;
  }
}

/** An operator's "line_starts": lines opening with one of these (any case) are furniture too. */
export function addLineStarts(lex: Lexicon, c: Checker, doc: Record<string, unknown>, shipped: boolean): void {
  const starts = c.strings(doc, "line_starts", null);
  if (starts.length && shipped) c.fail(null, `"line_starts" belong in ${DEFAULT_BOILERPLATE_FILE} as named patterns, not in a shipped dictionary`);
  for (const start of starts) {
    const prefix = straightApostrophes(start.toLowerCase());
    lex.boilerplate.push({ name: `line_starts "${prefix}"`, re: new RegExp("^" + prefix.replace(REGEX_SPECIAL, "\\$&"), "i"), rest: false, maxLength: LINE_START_MAX });
  }
}
