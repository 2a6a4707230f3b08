// Blocks -> the article's parts: title, body paragraphs, and what is set aside as metadata.
// Order matters: boilerplate goes first (so a photo credit cannot pass for a caption), then
// caption and headline at the top, then labels and sub-headings, then the dateline.
//   ["Anna Example", "Talks resume in Geneva", "GENEVA (Northwire) – Talks resumed.", "See also x"]
//     -> caption "Anna Example", title "Talks resume in Geneva", dateline "GENEVA (Northwire)",
//        body ["Talks resumed."]
//   ["Context:", "Ministers met.", "NEXT STEPS", "They will meet again."]
//     -> labels ["Context:"], headings ["NEXT STEPS"], body ["Ministers met.", "They will meet again."]
import { loadBoilerplate, matchBoilerplate, type BoilerplateRule } from "./boilerplate.ts";
import type { Block } from "./blocks.ts";
import { findDateline, type Dateline } from "./dateline.ts";
import { collapseSpace, comparable } from "./normalize.ts";
import { isHeadingShaped, isHeadlineShaped, isLabel, isNameShaped } from "./shape.ts";

export interface StructureOptions {
  /** Plain text: the first short line may be the headline, with a caption above it. */
  findHeadline: boolean;
  /** A title known from metadata: a copy of it at the top of the text is dropped. */
  title?: string | null;
  rules?: BoilerplateRule[];
}

export interface Structured {
  title: string | null;
  paragraphs: string[];
  caption: string | null;
  headings: string[];
  labels: string[];
  dateline: Dateline | null;
  /** The outlet named by a boilerplate line ("Discover more from X"). */
  siteName: string | null;
  /** Names of the boilerplate rules that removed something. */
  boilerplate: string[];
}

function removeBoilerplate(blocks: Block[], rules: BoilerplateRule[], out: Structured): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    const hit = matchBoilerplate(block.text, rules);
    if (!hit) {
      kept.push(block);
      continue;
    }
    out.boilerplate.push(hit.rule.name);
    out.siteName ??= hit.source;
    if (hit.rule.rest) break;
  }
  return kept;
}

function takeHeadline(blocks: Block[], out: Structured): Block[] {
  const [b0, b1, b2] = blocks;
  if (!b0 || !b1 || b0.kind !== "para") return blocks;
  if (b2 && b1.kind === "para" && isNameShaped(b0.text) && isHeadlineShaped(b1.text)) {
    out.caption = b0.text;
    out.title = b1.text;
    return blocks.slice(2);
  }
  if (isHeadlineShaped(b0.text)) {
    out.title = b0.text;
    return blocks.slice(1);
  }
  return blocks;
}

const startsWithQuote = (s: string) => /^["'\u201C\u2018\u00AB]/.test(s);

export function structure(input: Block[], opts: StructureOptions): Structured {
  const out: Structured = { title: opts.title ?? null, paragraphs: [], caption: null, headings: [], labels: [], dateline: null, siteName: null, boilerplate: [] };
  let blocks = input.map((b) => ({ ...b, text: collapseSpace(b.text) })).filter((b) => b.text !== "");
  blocks = removeBoilerplate(blocks, opts.rules ?? loadBoilerplate(), out);
  if (opts.findHeadline && !out.title) blocks = takeHeadline(blocks, out);
  else if (out.title) {
    const title = comparable(out.title);
    while (blocks[0] && comparable(blocks[0].text) === title) blocks = blocks.slice(1);
  }
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === "heading") out.headings.push(b.text);
    else if (b.kind === "item") out.paragraphs.push(b.text);
    else if (next && isLabel(b.text) && !startsWithQuote(next.text)) out.labels.push(b.text);
    else if (next && isHeadingShaped(b.text)) out.headings.push(b.text);
    else out.paragraphs.push(b.text);
  });
  const first = out.paragraphs[0];
  out.dateline = first === undefined ? null : findDateline(first);
  if (out.dateline) {
    if (out.dateline.rest.trim()) out.paragraphs[0] = out.dateline.rest.trim();
    else out.paragraphs.shift();
  }
  return out;
}

/** What the structure pass set aside, as Article.meta entries (empty ones left out). */
export function structureMeta(s: Structured): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  if (s.headings.length) meta.headings = s.headings;
  if (s.labels.length) meta.labels = s.labels;
  if (s.caption) meta.caption = s.caption;
  if (s.dateline) {
    meta.dateline = s.dateline.text;
    meta.datelinePlace = s.dateline.place;
    if (s.dateline.agency) meta.agency = s.dateline.agency;
  }
  if (s.boilerplate.length) meta.boilerplate = s.boilerplate;
  return meta;
}
