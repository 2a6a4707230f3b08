// HTML -> blocks: block elements become paragraphs, h1-h6 headings, li list items;
// images, figures and their captions, navigation, forms and scripts are left out.
//   "<p>One &amp; two</p><h2>Next</h2><ul><li>A</li></ul>"  -> para "One & two", heading "Next", item "A"
//   "<p>Line<br>break</p>"                                  -> two paragraphs
//   "<figure><img><figcaption>Photo</figcaption></figure>"  -> nothing
import type { Block, BlockKind } from "./blocks.ts";
import { ELEMENT_NODE, TEXT_NODE, parseDocument, type DomElement, type DomNode } from "./dom.ts";
import { collapseSpace } from "./normalize.ts";

const SKIP = new Set(
  "script style noscript template svg math figure figcaption picture img video audio iframe object embed canvas nav aside form button input select textarea label head title meta link footer menu dialog".split(" "),
);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set(
  "p div section article main header blockquote pre ul ol dl dt dd table thead tbody tfoot tr td th address center details summary hr hgroup".split(" "),
);

function hidden(el: DomElement): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute("style") ?? "");
}

export function nodeBlocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let buf = "";
  let bufKind: BlockKind = "para";
  const flush = () => {
    const text = collapseSpace(buf);
    if (text) out.push({ text, kind: bufKind });
    buf = "";
  };
  const walk = (node: DomNode, kind: BlockKind) => {
    if (node.nodeType === TEXT_NODE) {
      if (!buf.trim()) bufKind = kind;
      buf += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || hidden(el)) return;
    if (tag === "br") return flush();
    const inner: BlockKind | null = HEADINGS.has(tag) ? "heading" : tag === "li" ? "item" : BLOCKS.has(tag) ? kind : null;
    if (inner === null) {
      // Inline elements: the text runs on in the same block.
      for (const child of Array.from(el.childNodes)) walk(child, kind);
      return;
    }
    flush();
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    flush();
  };
  walk(root, "para");
  flush();
  return out;
}

export function htmlBlocks(html: string): Block[] {
  const doc = parseDocument(html);
  return doc.body ? nodeBlocks(doc.body) : [];
}

/** Text of an HTML snippet on one line ("A &lt;b&gt;" titles in feeds). */
export function htmlToLine(html: string): string {
  return collapseSpace(htmlBlocks(html).map((b) => b.text).join(" "));
}
