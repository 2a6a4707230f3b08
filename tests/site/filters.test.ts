import { suite } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl, asHelper, carriedBy, dateTime, dayLabel, href, kindLabel, noveltyLabel, plural, shortDay } from "../../src/site/filters.ts";

const days = suite("dayLabel / shortDay");
days("dayLabel :: a calendar day, whatever the machine's zone", () => {
  assert.is(dayLabel("2026-11-25"), "Wednesday, 25 November 2026");
});
days("shortDay :: short form", () => {
  assert.is(shortDay("2026-01-05"), "5 Jan 2026");
});
days("dayLabel :: not a date is shown as given (fail)", () => {
  assert.is(dayLabel("someday"), "someday");
});
days.run();

const times = suite("dateTime");
const TIME_CASES: [string, string, string][] = [
  ["2026-11-24T09:30:00+02:00", "Europe/Berlin", "24 Nov 2026, 08:30 CET"],
  ["2026-11-24T23:30:00Z", "Asia/Tokyo", "25 Nov 2026, 08:30 GMT+9"],
  ["2026-07-01T12:00:00Z", "Europe/London", "1 Jul 2026, 13:00 BST"],
];
for (const [iso, zone, expected] of TIME_CASES)
  times(`dateTime :: ${iso} in ${zone}`, () => {
    assert.is(dateTime(iso, zone), expected);
  });
times("dateTime :: missing time is empty", () => {
  assert.is(dateTime(null, "UTC"), "");
});
times.run();

const links = suite("href / absoluteUrl");
const HREF_CASES: [string, string, string][] = [
  ["/briefings/", "/", "/briefings/"],
  ["/briefings/", "/brief/", "/brief/briefings/"],
  ["feed.xml", "/brief", "/brief/feed.xml"],
  ["/", "/brief/", "/brief/"],
];
for (const [path, prefix, expected] of HREF_CASES)
  links(`href :: ${path} under ${prefix}`, () => {
    assert.is(href(path, prefix), expected);
  });
links("absoluteUrl :: keeps the site's path prefix", () => {
  assert.is(absoluteUrl("/feed.xml", "https://example.org/brief/"), "https://example.org/brief/feed.xml");
  assert.is(absoluteUrl("/briefings/2026-11-25/", "https://example.org"), "https://example.org/briefings/2026-11-25/");
});
links.run();

const words = suite("labels");
words("kindLabel :: every point kind reads as a verb", () => {
  assert.equal(["demand", "rejection", "warning", "offer", "position"].map(kindLabel), ["demands", "rejects", "warns", "offers", "says"]);
});
words("plural :: one and many", () => {
  assert.is(plural(1, "story", "stories"), "1 story");
  assert.is(plural(3, "story", "stories"), "3 stories");
  assert.is(plural(0, "outlet"), "0 outlets");
});
words("carriedBy :: silent for a single outlet", () => {
  assert.is(carriedBy(1, 1), "");
  assert.is(carriedBy(2, 3), "carried by 2 of 3 outlets");
});
words("noveltyLabel :: repeated points say since when", () => {
  assert.is(noveltyLabel("repeated", "2026-11-23"), "repeated, first seen 23 Nov 2026");
  assert.is(noveltyLabel("new", null), "new");
  assert.is(noveltyLabel("changed", "2026-11-23"), "changed");
});
words("noveltyLabel :: changed points say which way and since when", () => {
  assert.is(noveltyLabel("changed", "2026-11-20", "harder", "2026-11-23"), "harder than on 23 Nov 2026");
  assert.is(noveltyLabel("changed", null, "softer", "2026-11-23"), "softer than on 23 Nov 2026");
  assert.is(noveltyLabel("changed", null, "other", "2026-11-23"), "changed since 23 Nov 2026");
});
words.run();

const helper = suite("asHelper");
helper("asHelper :: drops Handlebars' options argument", () => {
  const wrapped = asHelper((a: string, b = "default") => `${a}:${b}`);
  assert.is(wrapped("x", { hash: {}, data: {} }), "x:default");
  assert.is(wrapped("x", "y", { hash: {}, data: {} }), "x:y");
  assert.is(wrapped("x", "y"), "x:y");
});
helper.run();
