// skip_boilerplate: page furniture and bare headings never make points.
//   "See also  Talks to resume next week" -> skipped (see_also)
//   "Subscribe to get the latest posts." -> skipped (subscribe_prompt)
//   "Context:" -> skipped (heading)
//   "Photo: strikers outside the plant" -> skipped (photo_credit)
//   "The union said it would strike." -> kept
// The patterns are ingest's (src/ingest/data/boilerplate.json), applied here to single sentences:
// furniture that shares a paragraph with reporting survives ingest's whole-paragraph check.
import type { Rule } from "../rule.ts";
import { moreWordsThan, straightApostrophes } from "../text/tokens.ts";

const MAX_LINE = 200;

const skip_boilerplate: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.text.length > MAX_LINE) continue;
    const hit = state.lex.matchFurniture(straightApostrophes(s.text));
    if (hit) s.skip = `boilerplate (${hit.rule.name})`;
    else if (s.headline && !moreWordsThan(s.tokens, 0, s.tokens.length, 2)) s.skip = "heading";
    if (s.skip) state.tracing && state.note(s.index, "skip_boilerplate", `skipped: ${s.skip}`);
  }
};

export default skip_boilerplate;
