// skip_boilerplate: page furniture and bare headings never make points.
//   "See also  Talks to resume next week" -> skipped (link list)
//   "Subscribe to get the latest posts." -> skipped (sign-up prompt)
//   "Context:" -> skipped (heading)
//   "Photo: strikers outside the plant" -> skipped (caption)
//   "The union said it would strike." -> kept
import type { Rule } from "../rule.ts";

const MAX_LINE = 200;

const skip_boilerplate: Rule = (state) => {
  const prefixes = state.lex.boilerplate;
  for (const s of state.sentences) {
    if (s.text.length > MAX_LINE) continue;
    const low = s.text.slice(0, 40).toLowerCase().replace(/[’‘]/g, "'");
    const hit = prefixes.find((p) => low.startsWith(p));
    if (hit) s.skip = `boilerplate ("${hit}")`;
    else if (s.headline && s.tokens.filter((t) => t.word).length < 3) s.skip = "heading";
    if (s.skip) state.tracing && state.note(s.index, "skip_boilerplate", `skipped: ${s.skip}`);
  }
};

export default skip_boilerplate;
