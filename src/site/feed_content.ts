// The HTML body of a briefing's feed entry. Built here rather than in a
// template because three feeds (RSS, Atom, JSON Feed) carry the same body.
import type { SiteConfig } from "../config.ts";
import type { BriefingPage } from "./data.ts";
import { absoluteUrl } from "./filters.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Article text is text: every character that HTML would read as markup is escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function feedItemHtml(page: BriefingPage, site: SiteConfig): string {
  const parts: string[] = [];
  for (const story of page.stories) {
    parts.push(`<h2>${escapeHtml(story.title)}</h2>`);
    if (story.summary.length) parts.push(`<p>${escapeHtml(story.summary.join(" "))}</p>`);
    const points = story.points.map((p) => {
      const target = p.target ? ` (of ${escapeHtml(p.target)})` : "";
      const carried = p.supportText ? ` <small>${escapeHtml(p.supportText)}</small>` : "";
      return `<li><strong>${escapeHtml(p.actor)}</strong> ${escapeHtml(p.kindText)}${target}: ${escapeHtml(p.text)}${carried}</li>`;
    });
    if (points.length) parts.push(`<ul>${points.join("")}</ul>`);
  }
  parts.push(`<p><a href="${escapeHtml(absoluteUrl(page.path, site.url))}">Read the full briefing</a></p>`);
  return parts.join("\n");
}
