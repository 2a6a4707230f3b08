import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DaybriefConfig, FeedSource } from "../../../src/config.ts";
import { fetchFeeds } from "../../../src/ingest/fetch/fetch_feeds.ts";
import { listStoreDays, readStoreDay } from "../../../src/ingest/read.ts";
import { OPTS, startServer, tempDir, type TestServer } from "../helpers.ts";

const para = (s: string) => `<p>${s}</p>`;
const FULL = [
  "The river board agreed on Tuesday to open the northern sluice for two hours each morning, ending a month of disputes with the mill owners.",
  "The mill owners said the deal was a first step and demanded that the board publish its water readings every week.",
];
const PAGE = [
  "Drivers will pay a higher toll on the east bridge from April, the operator said on Wednesday, citing the cost of repairs to the deck.",
  "The drivers' association rejected the increase and called on the city to freeze the toll until the repairs are finished.",
  "The operator said it would meet the association next week.",
];

function rss(items: { title: string; link: string; guid: string; date: string; content?: string; description?: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${i.date}</pubDate>` +
        (i.description ? `<description><![CDATA[${i.description}]]></description>` : "") +
        (i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : "") +
        `</item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>River Post</title><link>http://river.example.org/</link>${body}</channel></rss>`;
}

const page = (title: string, paras: string[]) =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="River Post Online"><link rel="canonical" href="/news/toll"></head><body><nav>Home</nav><article><h1>${title}</h1>${paras.map(para).join("")}</article><footer>© 2025 River Post</footer></body></html>`;

let server: TestServer;
let feedVersion = 1;
const base = () => server.url;

function mainFeed(): string {
  const items = [
    { title: "River board opens the sluice", link: `${base()}/news/sluice`, guid: "river-1", date: "Tue, 04 Mar 2025 23:30:00 GMT", content: FULL.map(para).join("") },
    { title: "Bridge toll to rise", link: `${base()}/news/toll?utm_source=rss`, guid: "river-2", date: "Wed, 05 Mar 2025 08:00:00 GMT", description: "Drivers will pay more from April …" },
  ];
  if (feedVersion > 1) items.push({ title: "Ferry timetable changes", link: `${base()}/news/ferry`, guid: "river-3", date: "Thu, 06 Mar 2025 08:00:00 GMT", content: para("The ferry will leave at seven from Monday, the operator said, an hour earlier than now.") });
  return rss(items);
}

const routes: Parameters<typeof startServer>[0] = {
  "/feed.rss": (req, res) => {
    const etag = `"v${feedVersion}"`;
    if (req.headers["if-none-match"] === etag) return res.writeHead(304).end();
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(mainFeed());
  },
  // The same sluice story under another link and GUID: stored once, by its content.
  "/mirror.json": (_req, res) =>
    res.writeHead(200, { "content-type": "application/feed+json" }).end(
      JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Mirror", items: [{ id: "m-1", url: `${base()}/mirror/sluice`, title: "River board opens the sluice", content_html: FULL.map(para).join(""), date_published: "2025-03-04T23:30:00Z" }] }),
    ),
  "/news/toll": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("Bridge toll to rise in April", PAGE)),
  "/flaky.rss": (_req, res, n) =>
    n === 1 ? res.writeHead(500).end() : res.writeHead(200).end(rss([{ title: "Flood warning lifted", link: `${base()}/news/flood`, guid: "f-1", date: "Wed, 05 Mar 2025 12:00:00 GMT", content: para("The flood warning for the lower valley was lifted on Wednesday afternoon, the weather office said.") }])),
  "/moved.rss": (_req, res) => res.writeHead(301, { location: "/flaky.rss" }).end(),
  "/slow.rss": (_req, res) => {
    const t = setTimeout(() => res.end(rss([])), 2000);
    res.on("close", () => clearTimeout(t));
  },
  "/huge.rss": (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(rss([{ title: "Huge", link: `${base()}/huge`, guid: "h", date: "Wed, 05 Mar 2025 12:00:00 GMT", content: para("z".repeat(200_000)) }]));
  },
  "/broken.rss": (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss><channel><item><title>Half</channel>"),
  "/page.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page("Harbour fees frozen", ["The harbour board froze its fees for another year on Friday after a long debate, a spokesman said."])),
  "/teaser-dead.rss": (_req, res) =>
    res.writeHead(200, { etag: '"t1"' }).end(rss([{ title: "Gone story", link: `${base()}/news/gone`, guid: "g-1", date: "Wed, 05 Mar 2025 12:00:00 GMT", description: "A short teaser …" }])),
};

function config(store: string, feeds: FeedSource[]): DaybriefConfig {
  return {
    root: store,
    site: { title: "t", description: "d", url: "http://localhost/", pathPrefix: "/", language: "en", timeZone: "Europe/Berlin", author: "a" },
    store,
    briefings: join(store, "..", "briefings"),
    output: join(store, "..", "_site"),
    dictionaries: [],
    disabledRules: [],
    maxArticleBytes: OPTS.maxBytes,
    feeds,
    fetch: { userAgent: "DaybriefTest/1.0", timeoutMs: 500, retries: 1, maxBytes: 64 * 1024, perHost: 2 },
  };
}

const NOW = () => new Date("2025-03-07T12:00:00Z");
const run = (store: string, feeds: string[]) => fetchFeeds(config(store, feeds.map((f) => ({ url: `${base()}${f}` }))), { now: NOW, backoffMs: 5 });
const storedFiles = (store: string) => listStoreDays(store).flatMap((d) => readdirSync(join(store, d)).map((f) => `${d}/${f}`));

const ff = suite("fetchFeeds");
ff.before(async () => {
  server = await startServer(routes);
});
ff.after(() => server.close());

ff("fetchFeeds :: new items stored once under their day; a teaser replaced by its page", async () => {
  feedVersion = 1;
  const store = join(tempDir(), "articles");
  const report = await run(store, ["/feed.rss", "/mirror.json"]);
  assert.equal(report.errors, []);
  assert.is(report.stored.length, 2, "the mirrored copy is a duplicate by content");
  assert.equal(report.feeds.map((f) => [f.status, f.items, f.stored + f.duplicates]), [["fetched", 2, 2], ["fetched", 1, 1]]);
  const files = storedFiles(store);
  assert.is(files.length, 2);
  assert.ok(files.every((f) => /^2025-03-0[5]\/[a-z0-9-]+-[0-9a-f]{8}\.md$/.test(f)), files.join(", "));
  assert.not.ok(files.some((f) => f.includes(".tmp")), "no temporary files left");

  const { articles, errors } = await readStoreDay(store, "2025-03-05", OPTS);
  assert.equal(errors, []);
  const sluice = articles.find((a) => a.meta.guid === "river-1")!;
  assert.is(sluice.title, "River board opens the sluice");
  assert.is(sluice.body, FULL.join("\n\n"));
  assert.is(sluice.date, "2025-03-05", "23:30 GMT is the next day in Berlin");
  assert.is(sluice.source, "River Post");
  const toll = articles.find((a) => a.meta.guid === "river-2")!;
  assert.is(toll.title, "Bridge toll to rise in April", "the page's own title");
  assert.is(toll.body, PAGE.join("\n\n"), "the page's text, not the teaser");
  assert.is(toll.url, `${base()}/news/toll`, "the canonical URL");
  assert.is(toll.source, "River Post Online");
  assert.is(toll.meta.feed, `${base()}/feed.rss`);
  assert.is(toll.meta.fetched, "2025-03-07T12:00:00.000Z");
  assert.is(server.hits.find((h) => h.path === "/feed.rss")!.headers["user-agent"], "DaybriefTest/1.0");

  const state = JSON.parse(readFileSync(join(store, ".fetch-state.json"), "utf8"));
  assert.is(state.feeds[`${base()}/feed.rss`].etag, '"v1"');
});

ff("fetchFeeds :: a second run asks 'changed since?' and stores only what is new", async () => {
  feedVersion = 1;
  const store = join(tempDir(), "articles");
  await run(store, ["/feed.rss"]);
  const before = storedFiles(store);
  const contents = before.map((f) => readFileSync(join(store, f), "utf8"));
  const unchanged = await run(store, ["/feed.rss"]);
  assert.is(unchanged.feeds[0]!.status, "not-modified");
  assert.equal(unchanged.stored, []);
  assert.equal(storedFiles(store), before);

  feedVersion = 2;
  const changed = await run(store, ["/feed.rss"]);
  assert.equal([changed.feeds[0]!.status, changed.feeds[0]!.stored, changed.feeds[0]!.duplicates], ["fetched", 1, 2]);
  assert.is(storedFiles(store).length, before.length + 1);
  assert.equal(before.map((f) => readFileSync(join(store, f), "utf8")), contents, "existing files untouched");
});

ff("fetchFeeds :: failing, redirected, slow, oversized and malformed feeds", async () => {
  const store = join(tempDir(), "articles");
  const report = await run(store, ["/flaky.rss", "/moved.rss", "/slow.rss", "/huge.rss", "/broken.rss", "/nowhere.rss"]);
  const byUrl = Object.fromEntries(report.feeds.map((f) => [f.url.slice(base().length), f]));
  assert.is(byUrl["/flaky.rss"]!.status, "fetched", "500 then success");
  assert.is(byUrl["/flaky.rss"]!.stored + byUrl["/moved.rss"]!.stored, 1, "the redirected feed is the same story");
  assert.is(byUrl["/moved.rss"]!.status, "fetched");
  const messages = Object.fromEntries(report.errors.map((e) => [e.file.slice(base().length), e.message]));
  assert.is(messages["/slow.rss"], "no complete answer within 500 ms (timed out) (after 2 attempts)");
  assert.is(messages["/huge.rss"], "larger than the 64 KB limit");
  assert.match(messages["/broken.rss"]!, /^malformed XML: /);
  assert.is(messages["/nowhere.rss"], "HTTP 404 Not Found");
  assert.is(report.errors.length, 4);
  assert.is(storedFiles(store).length, 1);
});

ff("fetchFeeds :: a configured page is stored as one article", async () => {
  const store = join(tempDir(), "articles");
  const report = await run(store, ["/page.html"]);
  assert.equal(report.errors, []);
  assert.is(report.stored.length, 1);
  const day = relative(store, report.stored[0]!).split("/")[0]!;
  assert.is(day, "2025-03-07", "no published time: the day of the fetch");
  const [a] = (await readStoreDay(store, day, OPTS)).articles;
  assert.is(a!.title, "Harbour fees frozen");
  assert.is(a!.body, "The harbour board froze its fees for another year on Friday after a long debate, a spokesman said.");
});

ff("fetchFeeds :: a teaser whose page fails is reported, and the feed is fetched in full next time", async () => {
  const store = join(tempDir(), "articles");
  const report = await run(store, ["/teaser-dead.rss"]);
  assert.equal(report.errors, [{ file: `${base()}/news/gone`, message: "HTTP 404 Not Found" }]);
  assert.equal(report.stored, []);
  const state = JSON.parse(readFileSync(join(store, ".fetch-state.json"), "utf8"));
  assert.is(state.feeds[`${base()}/teaser-dead.rss`], undefined, "no validators kept");
  const hitsBefore = server.hits.length;
  await run(store, ["/teaser-dead.rss"]);
  const again = server.hits.slice(hitsBefore).find((h) => h.path === "/teaser-dead.rss")!;
  assert.is(again.headers["if-none-match"], undefined);
});

ff("fetchFeeds :: an unreadable state file is reported and replaced", async () => {
  const store = join(tempDir(), "articles");
  await run(store, ["/page.html"]);
  const stateFile = join(store, ".fetch-state.json");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(stateFile, "{ half");
  const report = await run(store, ["/page.html"]);
  assert.is(report.errors[0]!.file, stateFile);
  assert.match(report.errors[0]!.message, /^ignored, not a fetch state file/);
  assert.ok(existsSync(stateFile) && JSON.parse(readFileSync(stateFile, "utf8")).version === 1);
  assert.equal(report.stored, [], "the page is already in the store");
});

ff.run();
