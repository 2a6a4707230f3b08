// Reads the plain-text fixtures beside this file into test cases.
// A fixture: "# what it shows", "title: ...", "== article", the text,
// "== expect", then one line per point ("kind: Actor -> Target: words the point holds"),
// "actors: A; B" (must be listed) and "not actors: C" (must not be).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/ingest/article.ts";

export interface ExpectedPoint {
  kind: string;
  actor: string;
  target: string | null;
  words: string;
}

export interface FixtureCase {
  name: string;
  about: string;
  article: Article;
  points: ExpectedPoint[];
  actors: string[];
  notActors: string[];
}

const DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
const POINT = /^(\w+):\s*(.+?)(?:\s*->\s*(.+?))?:\s*(.+)$/;

export function parseFixture(name: string, text: string): FixtureCase {
  const [head = "", rest = ""] = text.split(/^== article\s*$/m);
  const [body = "", expect = ""] = rest.split(/^== expect\s*$/m);
  const about = /^#\s*(.*)$/m.exec(head)?.[1] ?? "";
  const title = /^title:\s*(.*)$/m.exec(head)?.[1]?.trim() || null;
  const c: FixtureCase = {
    name,
    about,
    article: { id: name, file: name, date: null, title, source: null, url: null, published: null, author: null, body: body.trim(), meta: {} },
    points: [],
    actors: [],
    notActors: [],
  };
  for (const line of expect.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const list = (s: string) => s.split(";").map((x) => x.trim()).filter(Boolean);
    if (line.startsWith("not actors:")) c.notActors.push(...list(line.slice(11)));
    else if (line.startsWith("actors:")) c.actors.push(...list(line.slice(7)));
    else {
      const m = POINT.exec(line);
      if (!m) throw new Error(`${name}: cannot read expected point: ${line}`);
      c.points.push({ kind: m[1]!, actor: m[2]!.trim(), target: m[3]?.trim() ?? null, words: m[4]!.trim() });
    }
  }
  return c;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseFixture(f, readFileSync(DIR + f, "utf8")));
}
