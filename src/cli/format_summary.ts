// The readable form of `daybrief summarize`: one block per article, a line per point.
import type { Digested, Story } from "../cluster/types.ts";

const KIND_LABEL: Record<string, string> = {
  demand: "demands",
  rejection: "rejects",
  warning: "warns",
  offer: "offers",
  position: "says",
};

export function formatSummaries(digested: Digested[], stories: Story[]): string {
  const out: string[] = [];
  for (const { article, summary } of digested) {
    out.push(`${article.file}${article.title ? ` — ${article.title}` : ""}`);
    if (summary.actors.length) out.push(`  actors: ${summary.actors.map((a) => `${a.name} (${a.kind})`).join(", ")}`);
    for (const p of summary.points) {
      const target = p.target ? ` [of ${p.target}]` : "";
      out.push(`  • ${p.actor} ${KIND_LABEL[p.kind] ?? p.kind}${target}: ${p.text}`);
    }
    if (summary.points.length === 0) out.push("  (no key points)");
    out.push("");
  }
  if (stories.length > 1) {
    const byId = new Map(digested.map((d) => [d.article.id, d.article.file]));
    out.push("Stories:");
    for (const s of stories) out.push(`  ${s.title}: ${s.articles.map((id) => byId.get(id) ?? id).join(", ")}`);
    out.push("");
  }
  return out.join("\n");
}
