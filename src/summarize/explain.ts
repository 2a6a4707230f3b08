// The editor's view: each sentence, the rules that fired on it and why, and the points it made.
import type { Draft, SummarizeState } from "./state.ts";
import { nameOf } from "./summary.ts";

export function explainState(state: SummarizeState): string {
  const out: string[] = [`# ${state.article.file}${state.article.title ? ` — ${state.article.title}` : ""}`];
  const bySent = new Map<number | null, string[]>();
  for (const t of state.trace) {
    const list = bySent.get(t.sent) ?? [];
    list.push(`    ${t.rule}: ${t.message}`);
    bySent.set(t.sent, list);
  }
  // Each sentence's drafts, in the drafts' order, gathered in one pass.
  const draftsBySent = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    const list = draftsBySent.get(d.sent);
    if (list) list.push(d);
    else draftsBySent.set(d.sent, [d]);
  }
  for (const s of state.sentences) {
    out.push(`[${s.index === -1 ? "title" : s.index}] ${s.text}`);
    out.push(...(bySent.get(s.index) ?? []));
    for (const d of draftsBySent.get(s.index) ?? []) {
      const target = d.targets.length ? ` -> ${d.targets.map((k) => nameOf(state, k)).join(", ")}` : "";
      const status = d.dropped ? `dropped (${d.dropped})` : "point";
      out.push(`    => ${status}: ${d.kind} by ${nameOf(state, d.actor)}${target}: "${d.text}" [${d.rule}${d.why.length ? "; " + d.why.join("; ") : ""}]`);
    }
  }
  const general = bySent.get(null);
  if (general?.length) out.push("[article]", ...general);
  return out.join("\n") + "\n";
}
