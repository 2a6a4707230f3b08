import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../../src/ingest/article.ts";
import { articleId } from "../../../src/ingest/build.ts";
import { articleMarkdown } from "../../../src/ingest/fetch/store_markdown.ts";
import { readArticleFile } from "../../../src/ingest/read.ts";
import { OPTS, put, tempDir } from "../helpers.ts";

const esc = suite("escapeMarkdown");
const tricky = [
  "1. Not a list, just a year: 2025. Fine.",
  "# not a heading",
  "> not a quote",
  "- not a bullet, + nor this",
  "Stars *stay* stars, _underscores_ stay, `ticks` too.",
  "Links [stay](text) and <b>tags</b> and &amp; stay literal.",
  "A back\\slash and a | pipe ~~and tildes~~!",
  "=== not a heading underline",
  "“Curly” and 'straight' quotes — kept.",
];
for (const text of tricky)
  esc(`escapeMarkdown :: read back unchanged :: ${text}`, async () => {
    const article: Article = { id: "", file: "", date: null, title: "Round trip", source: null, url: null, published: null, author: null, body: text, meta: {} };
    const path = put(tempDir(), "x.md", articleMarkdown(article, { guid: null, link: null, feed: "https://f.example.org/feed", fetched: "2025-03-01T00:00:00Z" }));
    const [back] = (await readArticleFile(path, OPTS)).articles;
    assert.is(back?.body, text);
  });

const md = suite("articleMarkdown");
md("articleMarkdown :: front matter with provenance; the stored file reads back to the same id", async () => {
  const body = "The quay reopened on Monday.\n\nFerries returned in the afternoon, the operator said.";
  const article: Article = {
    id: articleId("Quay reopens: what next?", body),
    file: "",
    date: "2025-03-03",
    title: "Quay reopens: what next?",
    source: "Port Daily",
    url: "https://p.example.org/quay",
    published: "2025-03-03T09:00:00+01:00",
    author: "A. Writer",
    body,
    meta: { headings: ["The afternoon"], dateline: "ROTTERDAM (Portwire)", teaser: true },
  };
  const text = articleMarkdown(article, { guid: "p-1", link: "https://p.example.org/?p=1", feed: "https://p.example.org/feed", fetched: "2025-03-03T10:00:00Z" });
  assert.ok(text.startsWith("---\ntitle:"));
  assert.not.ok(text.includes("teaser"), "internal marks stay out of the store");
  const [back] = (await readArticleFile(put(tempDir(), "2025-03-03/q.md", text), OPTS)).articles;
  assert.is(back!.id, article.id);
  assert.is(back!.title, article.title);
  assert.is(back!.url, article.url);
  assert.is(back!.published, article.published);
  assert.is(back!.meta.guid, "p-1");
  assert.is(back!.meta.link, "https://p.example.org/?p=1");
  assert.equal(back!.meta.headings, ["The afternoon"]);
});

md("articleMarkdown :: short paragraphs that look like headings stay in the body", async () => {
  const body = "Demands:\n\nInsurance for crews\n\nA neutral inspection office\n\nThe talks resume on Friday.";
  const article: Article = { id: "", file: "", date: null, title: "List kept", source: null, url: null, published: null, author: null, body, meta: {} };
  const path = put(tempDir(), "l.md", articleMarkdown(article, { guid: null, link: null, feed: "https://f.example.org/feed", fetched: "2025-03-01T00:00:00Z" }));
  const [back] = (await readArticleFile(path, OPTS)).articles;
  assert.is(back?.body, body);
});

esc.run();
md.run();
