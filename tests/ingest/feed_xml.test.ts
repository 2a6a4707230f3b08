import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { parseXmlFeed } from "../../src/ingest/feed_xml.ts";
import { fixture } from "./helpers.ts";

const fx = suite("parseXmlFeed");

fx("parseXmlFeed :: RSS 2.0 channel and items", () => {
  const r = parseXmlFeed(readFileSync(fixture("feed.rss"), "utf8"));
  if (!r.ok) return assert.unreachable(r.message);
  const { feed } = r;
  assert.is(feed.format, "rss");
  assert.is(feed.title, "Valley Gazette & Friends");
  assert.is(feed.home, "https://gazette.example.org/");
  const [a, b] = feed.items;
  assert.is(a!.title, "Mill owners call for a water deal");
  assert.is(a!.guid, "gazette-1001");
  assert.is(a!.author, "Field Writer");
  assert.is(a!.published, "Mon, 03 Mar 2025 23:30:00 +0000");
  assert.ok(a!.html!.startsWith("<p>The mill owners&#8217; association"), "CDATA kept as written");
  assert.equal(a!.categories, ["Water"]);
  assert.is(b!.title, "Bridge toll rises again", "escaped markup in a title is flattened");
  assert.is(b!.html, null);
  assert.is(b!.summary, "<p>Drivers will pay more from April, the operator said &hellip;</p>");
});

fx("parseXmlFeed :: Atom 1.0 with xhtml content, html title and a plain-text summary", () => {
  const r = parseXmlFeed(readFileSync(fixture("feed.atom"), "utf8"));
  if (!r.ok) return assert.unreachable(r.message);
  const [a, b] = r.feed.items;
  assert.is(r.feed.format, "atom");
  assert.is(r.feed.title, "Hill Post");
  assert.is(a!.title, "Schools & clinics: the district asks for funds");
  assert.is(a!.url, "https://hillpost.example.org/district-funds");
  assert.is(a!.guid, "urn:example:hillpost:77");
  assert.is(a!.author, "Atom Author");
  assert.match(a!.html!, /<p>The district council asked/);
  assert.is(b!.published, "2025-03-05T11:00:00Z", "updated stands in for published");
  assert.is(b!.summary, "The mayor will speak at noon.");
  assert.is(b!.html, null);
});

fx("parseXmlFeed :: RSS 1.0 (RDF) items sit beside the channel", () => {
  const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Old Style</title><link>https://old.example.org/</link></channel><item><title>One</title><link>https://old.example.org/1</link><dc:date>2025-03-01T10:00:00Z</dc:date><description>Text one.</description></item></rdf:RDF>`;
  const r = parseXmlFeed(xml);
  if (!r.ok) return assert.unreachable(r.message);
  assert.is(r.feed.format, "rdf");
  assert.is(r.feed.items[0]!.url, "https://old.example.org/1");
  assert.is(r.feed.items[0]!.published, "2025-03-01T10:00:00Z");
});

fx("parseXmlFeed :: an entity-expansion bomb is refused at once (fail)", () => {
  let entities = '<!ENTITY e0 "boom">';
  for (let i = 1; i < 12; i++) entities += `<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`;
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>&e11;</title></channel></rss>`;
  const r = parseXmlFeed(bomb);
  assert.not.ok(r.ok);
  if (!r.ok) assert.match(r.message, /^malformed XML: refused: the DOCTYPE declares entities/);
});

fx("parseXmlFeed :: an external entity is refused too (fail)", () => {
  const r = parseXmlFeed(`<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]><rss><channel><title>&x;</title></channel></rss>`);
  assert.not.ok(r.ok);
});

for (const [xml, format] of [["<rss/>", "rss"], ['<feed xmlns="http://www.w3.org/2005/Atom"/>', "atom"]] as const)
  fx(`parseXmlFeed :: an empty <${format === "rss" ? "rss" : "feed"}> is a feed without items`, () => {
    const r = parseXmlFeed(xml);
    assert.ok(r.ok);
    if (r.ok) assert.equal([r.feed.format, r.feed.items], [format, []]);
  });

const bad: [string, string, RegExp][] = [
  ["unclosed element (fail)", "<rss><channel><title>A</channel></rss>", /^malformed XML: .+ \(line 1, column \d+\)$/],
  ["truncated document (fail)", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A', /^malformed XML: /],
  ["not a feed (fail)", "<html><body><p>Hi</p></body></html>", /^not a feed: the root element is <html>/],
];
for (const [name, xml, message] of bad)
  fx(`parseXmlFeed :: ${name}`, () => {
    const r = parseXmlFeed(xml);
    assert.not.ok(r.ok);
    if (!r.ok) assert.match(r.message, message);
  });

fx.run();
