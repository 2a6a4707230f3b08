import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseDocument } from "../../src/ingest/dom.ts";
import { pageMeta } from "../../src/ingest/html_meta.ts";

const page = (head: string, body = "") => parseDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const meta = suite("pageMeta");

meta("pageMeta :: Open Graph first", () => {
  const m = pageMeta(
    page(`<title>Ignored | Courier</title><meta property="og:title" content="Budget vote fails"><meta property="og:site_name" content="Courier"><meta property="article:published_time" content="2025-02-10T08:15:00+01:00"><meta property="og:url" content="https://c.example.org/a">`),
  );
  assert.is(m.title, "Budget vote fails");
  assert.is(m.siteName, "Courier");
  assert.is(m.published, "2025-02-10T08:15:00+01:00");
  assert.is(m.url, "https://c.example.org/a");
  assert.is(m.lang, "en");
});

meta("pageMeta :: JSON-LD NewsArticle inside a @graph, when there are no meta tags", () => {
  const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "x" }, { "@type": ["NewsArticle"], headline: "Quay reopens", datePublished: "2025-03-01T09:00:00Z", author: [{ "@type": "Person", name: "A. Writer" }, { name: "B. Writer" }], publisher: { name: "Port Daily" }, mainEntityOfPage: "https://p.example.org/quay" }] };
  const m = pageMeta(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
  assert.is(m.title, "Quay reopens");
  assert.is(m.published, "2025-03-01T09:00:00Z");
  assert.is(m.author, "A. Writer, B. Writer");
  assert.is(m.siteName, "Port Daily");
  assert.is(m.url, "https://p.example.org/quay");
});

meta("pageMeta :: <title> without the site's name; canonical resolved against the page URL", () => {
  const m = pageMeta(page(`<title>Quay reopens – Port Daily</title><meta name="application-name" content="Port Daily"><link rel="canonical" href="/news/quay"><meta name="author" content="By C. Writer"><meta name="date" content="2025-03-02">`), "https://p.example.org/feed-item?id=3");
  assert.is(m.title, "Quay reopens");
  assert.is(m.url, "https://p.example.org/news/quay");
  assert.is(m.author, "C. Writer");
  assert.is(m.published, "2025-03-02");
});

meta("pageMeta :: an author given as a profile URL is not a name", () => {
  const m = pageMeta(page(`<meta property="article:author" content="https://social.example.org/writer">`));
  assert.is(m.author, null);
});

meta("pageMeta :: nothing declared, nothing found", () => {
  const m = pageMeta(parseDocument("<p>Just text</p>"));
  assert.equal([m.title, m.url, m.published, m.author, m.siteName], [null, null, null, null, null]);
});

meta.run();
