import { suite } from "uvu";
import * as assert from "uvu/assert";
import { feedDrafts, itemDraft, parseFeed } from "../../src/ingest/feed.ts";
import type { Feed, FeedItem } from "../../src/ingest/feed_types.ts";

const feed: Feed = { format: "rss", title: "Valley Gazette", home: null, items: [] };
const item = (over: Partial<FeedItem>): FeedItem => ({ title: "Toll rises", url: "https://g.example.org/toll", guid: "g-1", published: null, author: null, html: null, text: null, summary: null, categories: [], ...over });
const longText = "<p>" + "The bridge operator said the toll would rise in April to pay for repairs to the deck. ".repeat(8) + "</p>";

const fd = suite("itemDraft");
// [name, item fields, teaser?]
const teasers: [string, Partial<FeedItem>, boolean][] = [
  ["full content is not a teaser", { html: longText + "<p>Drivers' groups objected.</p>" }, false],
  ["short full content is still the story", { html: "<p>The quay reopened today.</p>" }, false],
  ["a short summary only is a teaser", { summary: "Drivers will pay more from April." }, true],
  ["a long summary only is the story", { summary: longText }, false],
  ["text cut off with an ellipsis is a teaser", { html: longText + "<p>The operator added that …</p>" }, true],
  ["a 'Continue reading' link marks a teaser", { html: longText + "<p>Continue reading</p>" }, true],
  ["no link, no teaser", { url: null, summary: "Drivers will pay more." }, false],
];
for (const [name, over, teaser] of teasers)
  fd(`itemDraft :: ${name}`, () => assert.is(!!itemDraft(item(over), feed).meta.teaser, teaser));

fd("itemDraft :: the feed's title is the source; GUID and categories kept", () => {
  const d = itemDraft(item({ html: "<p>Text.</p>", categories: ["Roads"] }), feed);
  assert.is(d.source, "Valley Gazette");
  assert.is(d.meta.guid, "g-1");
  assert.equal(d.meta.categories, ["Roads"]);
  assert.equal(d.paragraphs, ["Text."]);
});

fd("itemDraft :: plain-text content keeps its paragraphs", () => {
  assert.equal(itemDraft(item({ text: "First one.\n\nSecond one." }), feed).paragraphs, ["First one.", "Second one."]);
});

fd("feedDrafts :: an empty item is reported by number, the rest kept", () => {
  const r = feedDrafts({ ...feed, items: [item({ html: "<p>A.</p>" }), item({ title: null, url: null, guid: null })] });
  assert.is(r.drafts.length, 1);
  assert.equal(r.errors, ["item 2: no title, link or text"]);
});

fd("feedDrafts :: many empty items are one error, naming the first ones (fail)", () => {
  const empty = item({ title: null, url: null, guid: null });
  const r = feedDrafts({ ...feed, items: [item({ html: "<p>A.</p>" }), ...Array.from({ length: 7 }, () => empty)] });
  assert.is(r.drafts.length, 1);
  assert.equal(r.errors, ["7 items have no title, link or text (items 2, 3, 4, 5, 6, …)"]);
});

fd("parseFeed :: JSON or XML by the first character", () => {
  assert.ok(parseFeed('  {"version": "https://jsonfeed.org/version/1.1", "items": []}').ok);
  assert.ok(parseFeed('<rss version="2.0"><channel><title>x</title></channel></rss>').ok);
});

fd.run();
