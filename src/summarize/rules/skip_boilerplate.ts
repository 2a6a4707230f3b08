// skip_boilerplate: page furniture and bare headings never make points.
//   "See also  Talks to resume next week" -> skipped (link list)
//   "Subscribe to get the latest posts." -> skipped (sign-up prompt)
//   "Context:" -> skipped (heading)
//   "Photo: strikers outside the plant" -> skipped (caption)
//   "The union said it would strike." -> kept
import type { Rule } from "../rule.ts";

const MAX_LINE = 200;
const KEY = 2;

/** Line starts by their first characters: one lookup per sentence instead of a scan of the list. */
const byStart = new WeakMap<string[], Map<string, string[]>>();
function index(prefixes: string[]): Map<string, string[]> {
  let m = byStart.get(prefixes);
  if (!m) {
    m = new Map();
    for (const p of prefixes) m.set(p.slice(0, KEY), [...(m.get(p.slice(0, KEY)) ?? []), p]);
    byStart.set(prefixes, m);
  }
  return m;
}

const skip_boilerplate: Rule = (state) => {
  const starts = index(state.lex.boilerplate);
  for (const s of state.sentences) {
    if (s.text.length > MAX_LINE) continue;
    const head = s.text.slice(0, KEY).toLowerCase().replace(/[’‘]/g, "'");
    const two = starts.get(head), one = head.length > 1 ? starts.get(head.slice(0, 1)) : undefined;
    const candidates = two && one ? [...two, ...one] : (two ?? one);
    const low = candidates ? s.text.slice(0, 40).toLowerCase().replace(/[’‘]/g, "'") : "";
    const hit = candidates?.find((p) => low.startsWith(p));
    if (hit) s.skip = `boilerplate ("${hit}")`;
    else if (s.headline && s.tokens.filter((t) => t.word).length < 3) s.skip = "heading";
    if (s.skip) state.tracing && state.note(s.index, "skip_boilerplate", `skipped: ${s.skip}`);
  }
};

export default skip_boilerplate;
