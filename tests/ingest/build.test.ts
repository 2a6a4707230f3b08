import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleId, buildArticle, type Draft } from "../../src/ingest/build.ts";
import { OPTS } from "./helpers.ts";

const draft = (over: Partial<Draft> = {}): Draft => ({
  title: "Pier closes",
  source: null,
  url: null,
  published: null,
  author: null,
  paragraphs: ["The pier closes today.", "Ferries will use the south quay."],
  meta: {},
  ...over,
});

const id = suite("articleId");
id("articleId :: 16 hex digits, the same for the same text", () => {
  const a = articleId("Pier closes", "The pier closes today.");
  assert.match(a, /^[0-9a-f]{16}$/);
  assert.is(articleId("Pier closes", "The pier closes today."), a);
});
id("articleId :: quote style, case and spacing do not change it; words do", () => {
  const a = articleId("Pier closes", "The “pier” closes today.");
  assert.is(articleId("PIER  CLOSES", 'The "pier" closes today.'), a);
  assert.is.not(articleId("Pier closes", "The pier opens today."), a);
  assert.is.not(articleId("Pier opens", "The “pier” closes today."), a);
});

const build = suite("buildArticle");
build("buildArticle :: the day is the published time's day in the configured zone", () => {
  const a = buildArticle(draft({ published: "2025-01-14T23:30:00Z" }), "x.md", OPTS, "2025-01-10");
  assert.is(a.date, "2025-01-15");
  assert.is(a.published, "2025-01-14T23:30:00Z");
});
build("buildArticle :: without a published time the folder's day is used, else null", () => {
  assert.is(buildArticle(draft(), "x.txt", OPTS, "2025-01-10").date, "2025-01-10");
  assert.is(buildArticle(draft(), "x.txt", OPTS, null).date, null);
});
build("buildArticle :: an unreadable published time is kept in meta, not guessed", () => {
  const a = buildArticle(draft({ published: "sometime in spring" }), "x.md", OPTS, "2025-01-10");
  assert.is(a.published, null);
  assert.is(a.date, "2025-01-10");
  assert.is(a.meta.publishedRaw, "sometime in spring");
});
build("buildArticle :: body paragraphs are joined by a blank line; empty fields become null", () => {
  const a = buildArticle(draft({ source: "  ", author: "" }), "x.txt", OPTS, null);
  assert.is(a.body, "The pier closes today.\n\nFerries will use the south quay.");
  assert.is(a.source, null);
  assert.is(a.author, null);
  assert.is(a.id, articleId("Pier closes", a.body));
});

id.run();
build.run();
