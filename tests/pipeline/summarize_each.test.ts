import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/ingest/article.ts";
import { createSummarizer } from "../../src/summarize/index.ts";
import { summarizeEach } from "../../src/pipeline/summarize_each.ts";

const article = (file: string, body: string): Article => ({ id: file, file, date: null, title: null, source: null, url: null, published: null, author: null, body, meta: {} });

test("summarizeEach :: a fault in one article names its file and spares the others", () => {
  const summarizer = createSummarizer();
  // A rule that fails on one text stands for any fault the rules may meet.
  summarizer.extract.push("fails_on_marker", (state) => {
    if (state.article.body.includes("MARKER")) throw new Error("rule failed");
  });
  const { digested, failed } = summarizeEach(summarizer, [article("a.txt", "Chile said the deal must be signed."), article("b.txt", "MARKER text."), article("c.txt", "Peru said talks would go on.")]);
  assert.equal(digested.map((d) => d.article.file), ["a.txt", "c.txt"]);
  assert.equal(failed, [{ file: "b.txt", message: "could not be summarized: rule failed" }]);
  assert.ok(digested[0]!.summary.points.length > 0);
});

test("summarizeEach :: a fault in a later batch spares the articles around it", () => {
  const summarizer = createSummarizer();
  summarizer.extract.push("fails_on_marker", (state) => {
    if (state.article.body.includes("MARKER")) throw new Error("rule failed");
  });
  const articles = Array.from({ length: 70 }, (_, i) => article(`f${i}.txt`, i === 50 ? "MARKER text." : "Chile said the deal must be signed."));
  const { digested, failed } = summarizeEach(summarizer, articles);
  assert.is(digested.length, 69);
  assert.equal(failed.map((f) => f.file), ["f50.txt"]);
  assert.is(digested[50]!.article.file, "f51.txt");
});

test.run();
