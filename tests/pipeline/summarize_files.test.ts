import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/ingest/article.ts";
import { labelArticles } from "../../src/pipeline/summarize_files.ts";

const article = (id: string, file: string): Article => ({ id, file, date: null, title: null, source: null, url: null, published: null, author: null, body: "", meta: {} });

const label = suite("labelArticles");
const CASES: [string, [string, string][], [string, string][]][] = [
  ["distinct files keep their names and ids", [["a", "x.txt"], ["b", "y.txt"]], [["a", "x.txt"], ["b", "y.txt"]]],
  ["the same file twice: two ids, two entries", [["a", "x.txt"], ["a", "x.txt"]], [["a", "x.txt#1"], ["a-2", "x.txt#2"]]],
  ["identical texts in two files: two ids", [["a", "x.txt"], ["a", "y.txt"]], [["a", "x.txt"], ["a-2", "y.txt"]]],
  ["a feed's items are numbered", [["a", "f.xml"], ["b", "f.xml"], ["c", "x.txt"]], [["a", "f.xml#1"], ["b", "f.xml#2"], ["c", "x.txt"]]],
];
for (const [name, input, expected] of CASES)
  label(`labelArticles :: ${name}`, () => {
    const out = labelArticles(input.map(([id, file]) => article(id, file)));
    assert.equal(out.map((a) => [a.id, a.file]), expected);
  });
label.run();
