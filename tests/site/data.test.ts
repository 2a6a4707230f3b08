import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteData } from "../../src/site/data.ts";
import { feedItemHtml, escapeHtml } from "../../src/site/feed_content.ts";
import { loadConfig } from "../../src/config.ts";
import { briefing, point } from "../fixtures/briefings.ts";

const site = { ...loadConfig("/nonexistent").site, url: "https://example.org/brief/", pathPrefix: "/brief/", timeZone: "Europe/Amsterdam" };

const data = suite("siteData");
data("siteData :: briefings newest first, latest is the newest", () => {
  const d = siteData([briefing("2026-11-23"), briefing("2026-11-25"), briefing("2026-11-24")], site);
  assert.equal(d.briefings.map((b) => b.date), ["2026-11-25", "2026-11-24", "2026-11-23"]);
  assert.is(d.latest?.date, "2026-11-25");
  assert.is(d.briefings[0]!.path, "/briefings/2026-11-25/");
  assert.is(d.briefings[0]!.jsonUrl, "/briefings/2026-11-25.json");
});
data("siteData :: no briefings gives an empty site, not an error", () => {
  const d = siteData([], site);
  assert.is(d.latest, null);
  assert.equal(d.feedItems, []);
  assert.is(JSON.parse(d.jsonFeed).items.length, 0);
});
data("siteData :: points carry labels, slugs and their sources' titles", () => {
  const p = siteData([briefing("2026-11-25")], site).latest!.stories[0]!.points[0]!;
  assert.is(p.kindText, "demands");
  assert.is(p.actorSlug, "port-workers-union");
  assert.is(p.targetSlug, "rotterdam-port-authority");
  assert.is(p.supportText, "carried by 1 of 2 outlets");
  assert.equal(p.sourceViews[0], { title: "Dockers walk out", outlet: "Harbor Wire", link: "https://example.org/strike", sentence: "The union demanded that the night-shift bonus be restored." });
});
data("siteData :: actor pages gather points across days, newest day first", () => {
  const d = siteData([briefing("2026-11-23"), briefing("2026-11-24", { stories: [] })], site);
  const union = d.actors.find((a) => a.slug === "port-workers-union")!;
  assert.equal(union.days.map((x) => x.date), ["2026-11-23"]);
  assert.is(union.pointCount, 1);
  assert.is(union.path, "/actors/port-workers-union/");
});
data("siteData :: feed items are absolute and dated by the newest article of the day", () => {
  const item = siteData([briefing("2026-11-25")], site).feedItems[0]!;
  assert.is(item.link, "https://example.org/brief/briefings/2026-11-25/");
  assert.is(item.date.toISOString(), "2026-11-25T06:15:00.000Z");
});
data("siteData :: a day without published times is dated at its start in the site's zone", () => {
  const b = briefing("2026-11-25");
  b.articles = b.articles.map((a) => ({ ...a, published: null }));
  assert.is(siteData([b], site).feedItems[0]!.date.toISOString(), "2026-11-24T23:00:00.000Z");
});
data("siteData :: the JSON Feed is version 1.1 with one item per briefing", () => {
  const feed = JSON.parse(siteData([briefing("2026-11-24"), briefing("2026-11-25")], site).jsonFeed);
  assert.is(feed.version, "https://jsonfeed.org/version/1.1");
  assert.is(feed.feed_url, "https://example.org/brief/feed.json");
  assert.equal(feed.items.map((i: { id: string }) => i.id), ["https://example.org/brief/briefings/2026-11-25/", "https://example.org/brief/briefings/2026-11-24/"]);
});
data.run();

const feed = suite("feedItemHtml");
feed("escapeHtml :: markup characters become text", () => {
  assert.is(escapeHtml(`<script>"x" & 'y'</script>`), "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
});
feed("feedItemHtml :: article text never becomes markup", () => {
  const b = briefing("2026-11-25");
  b.stories[0]!.title = "<script>alert(1)</script> {{site.title}}";
  b.stories[0]!.points = [point({ text: "<img src=x onerror=alert(1)>" })];
  const html = feedItemHtml(siteData([b], site).latest!, site);
  assert.not.match(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{site\.title\}\}/);
});
feed.run();
