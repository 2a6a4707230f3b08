// Plain text -> blocks (the paragraphs, headings and list items every reader hands on).
//   "One line.\nAnother line."             -> two paragraphs (a line is a paragraph)
//   "wrapped at 72 columns\ncontinues"     -> one paragraph (hard-wrapped text is joined)
//   "• first point"                         -> a list item "first point"
import { collapseSpace } from "./normalize.ts";
import { isListItem, stripBullet } from "./shape.ts";

export type BlockKind = "para" | "heading" | "item";

export interface Block {
  text: string;
  kind: BlockKind;
}

// Text wrapped by hand keeps every line under this width.
const WRAP_WIDTH_MAX = 100;
// A wrapped line fills most of the width; a shorter one ends its paragraph.
const WRAP_FILL = 0.6;

// Not Math.max(...lines): a file of a few hundred thousand lines overflows the argument list.
const longest = (lines: string[]): number => lines.reduce((w, l) => Math.max(w, l.length), 0);

function isHardWrapped(lines: string[]): boolean {
  const filled = lines.filter((l) => l.length > 0);
  if (filled.length < 3) return false;
  const width = longest(filled);
  return width <= WRAP_WIDTH_MAX && filled.filter((l) => l.length >= WRAP_FILL * width).length >= filled.length / 2;
}

export function textBlocks(text: string): Block[] {
  const lines = text.split("\n").map((l) => l.trim());
  const wrapped = isHardWrapped(lines);
  const width = longest(lines);
  const blocks: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const joined = collapseSpace(run.join(" "));
    blocks.push(isListItem(joined) ? { text: stripBullet(joined), kind: "item" } : { text: joined, kind: "para" });
    run = [];
  };
  for (const line of lines) {
    if (line === "" || isListItem(line)) flush();
    if (line === "") continue;
    run.push(line);
    // Outside hard-wrapped text every line stands alone; inside it, a short line ends the paragraph.
    if (!wrapped || line.length < WRAP_FILL * width) flush();
  }
  flush();
  return blocks;
}
