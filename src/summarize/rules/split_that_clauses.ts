// split_that_clauses: "said that A and that B" reports two statements.
//   "Pryce said households had done their bit and that it was time for the Bank to act"
//     -> "households had done their bit" + "it was time for the Bank to act"
//   "Ruiz said that prices rose and wages fell" -> one statement (no second "that")
import type { Rule } from "../rule.ts";
import { type Draft, draftLike } from "../state.ts";
import { quoted } from "../text/subject.ts";

const RULE = "split_that_clauses";

const split_that_clauses: Rule = (state) => {
  const added: Draft[] = [];
  for (const d of state.drafts) {
    const s = state.sentence(d.sent)!;
    const toks = s.tokens;
    let from = d.from;
    for (let t = d.from + 2; t < d.to - 2; t++) {
      if (toks[t]!.low !== "that" || (toks[t - 1]!.low !== "and" && toks[t - 1]!.low !== "but") || quoted(s)[t]) continue;
      const a = toks[t - 2]!.text === "," ? t - 2 : t - 1;
      if (a - from < 2) continue;
      added.push(draftLike(d, { from, to: a, text: state.surface(s, from, a), split: true, why: [...d.why, `split at "${toks[t - 1]!.text} that"`] }));
      if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, from, a)}" | "${state.surface(s, t + 1, d.to)}"`);
      from = t + 1;
    }
    if (from === d.from) continue;
    d.from = from;
    d.text = state.surface(s, from, d.to);
    d.why = [...d.why, "split: last part"];
    d.split = true;
  }
  state.drafts.push(...added);
};

export default split_that_clauses;
