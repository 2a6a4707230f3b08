// YAML front matter at the top of a Markdown file.
//   "---\ntitle: A\n---\nBody"   -> data {title: "A"}, body "Body"
//   "Body only"                  -> data {}, body "Body only"
//   "---\ntitle: [a\n---\n"      -> "front matter is not valid YAML: ..."
//   "---\ntitle: A\nBody"        -> "front matter is not closed ..."
import { YAMLError, parse } from "yaml";

export type FrontMatter = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; message: string };

const firstLine = (s: string) => s.split("\n")[0] ?? s;

export function splitFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, data: {}, body: text };
  const rest = text.slice(text.indexOf("\n") + 1);
  const close = /^(---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return { ok: false, message: "front matter is not closed (no '---' line after the opening one)" };
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, "");
  let data: unknown;
  try {
    // Aliases are capped so a YAML "billion laughs" cannot expand.
    data = parse(yaml, { maxAliasCount: 50, prettyErrors: true });
  } catch (e) {
    const why = e instanceof YAMLError ? firstLine(e.message) : (e as Error).message;
    return { ok: false, message: `front matter is not valid YAML: ${why}` };
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body };
  if (typeof data !== "object" || Array.isArray(data))
    return { ok: false, message: `front matter is not valid YAML: expected keys and values, found ${Array.isArray(data) ? "a list" : "a single value"}` };
  return { ok: true, data: data as Record<string, unknown>, body };
}
