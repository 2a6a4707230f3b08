import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { listStoreDays, readArticleFile, readFiles, readStoreDay } from "../../src/ingest/read.ts";
import { OPTS, fixture, put, tempDir } from "./helpers.ts";

const raf = suite("readArticleFile");

raf("readArticleFile :: .txt: caption, headline, dateline, sub-heading and boilerplate", async () => {
  const { articles, errors } = await readArticleFile(fixture("wire_story.txt"), OPTS);
  assert.equal(errors, []);
  const [a] = articles;
  assert.is(a!.title, "Harbour talks end without a deal");
  assert.is(a!.source, "Wirepress");
  assert.is(a!.meta.caption, "Deputy Harbour Commissioner Lina Ostrova");
  assert.is(a!.meta.dateline, "VALLETTA, March 3 (Wirepress)");
  assert.equal(a!.meta.headings, ["WHAT COMES NEXT"]);
  assert.ok(a!.body.startsWith("Negotiators from the two port authorities"));
  assert.is(a!.body.split("\n\n").length, 3);
  for (const gone of ["See also", "Photo:", "Subscribe", "WHAT COMES NEXT", "VALLETTA"]) assert.not.ok(a!.body.includes(gone), gone);
});

raf("readArticleFile :: .md, .html and every feed format", async () => {
  const counts: [string, number, string][] = [
    ["analysis.md", 1, "Grain corridor: what each side wants"],
    ["page.html", 1, "Council rejects the budget plan"],
    ["feed.rss", 2, "Mill owners call for a water deal"],
    ["feed.atom", 2, "Schools & clinics: the district asks for funds"],
    ["feed.json", 2, "Ferry operators reject the fare cap"],
  ];
  for (const [name, n, title] of counts) {
    const { articles, errors } = await readArticleFile(fixture(name), OPTS);
    assert.equal(errors, [], name);
    assert.is(articles.length, n, name);
    assert.is(articles[0]!.title, title, name);
    assert.ok(articles.every((a) => a.file === fixture(name) && /^[0-9a-f]{16}$/.test(a.id)), name);
  }
});

raf("readArticleFile :: the day comes from the published time in the configured zone", async () => {
  const { articles } = await readArticleFile(fixture("feed.rss"), OPTS);
  assert.is(articles[0]!.published, "2025-03-03T23:30:00Z");
  assert.is(articles[0]!.date, "2025-03-04", "23:30 UTC is the next day in Berlin");
  const utc = await readArticleFile(fixture("feed.rss"), { ...OPTS, timeZone: "UTC" });
  assert.is(utc.articles[0]!.date, "2025-03-03");
});

raf("readArticleFile :: without a published time, the day folder's name; an explicit folderDate wins", async () => {
  const dir = tempDir();
  const path = put(dir, "2025-04-02/note.txt", "The ferry leaves at noon, the operator said.\n");
  assert.is((await readArticleFile(path, OPTS)).articles[0]!.date, "2025-04-02");
  assert.is((await readArticleFile(path, OPTS, "2025-05-05")).articles[0]!.date, "2025-05-05");
  assert.is((await readArticleFile(path, OPTS, null)).articles[0]!.date, null);
  const loose = put(dir, "notes/note.txt", "The ferry leaves at noon, the operator said.\n");
  assert.is((await readArticleFile(loose, OPTS)).articles[0]!.date, null);
});

raf("readArticleFile :: Windows-1252 text is decoded and marked", async () => {
  const dir = tempDir();
  const path = put(dir, "cp.txt", Uint8Array.from([...Buffer.from("The minister said the plan was "), 0x93, ...Buffer.from("fair"), 0x94, ...Buffer.from(" and caf"), 0xe9, ...Buffer.from(" owners agreed.")]));
  const { articles, errors } = await readArticleFile(path, OPTS);
  assert.equal(errors, []);
  assert.is(articles[0]!.body, "The minister said the plan was “fair” and café owners agreed.");
  assert.is(articles[0]!.meta.encoding, "windows-1252");
});

raf("readArticleFile :: CRLF, BOM, entities and no-break spaces in a .txt", async () => {
  const dir = tempDir();
  const path = put(dir, "crlf.txt", "\uFEFFPier reopens\r\n\r\nThe pier&nbsp;reopened &amp; ferries\u00A0returned on Monday.\r\n");
  const [a] = (await readArticleFile(path, OPTS)).articles;
  assert.is(a!.title, "Pier reopens");
  assert.is(a!.body, "The pier reopened & ferries returned on Monday.");
});

// [name, file name, content, expected message]
const bad: [string, string, string | Uint8Array, RegExp][] = [
  ["empty file (fail)", "empty.txt", "", /^empty file$/],
  ["white space only (fail)", "blank.md", " \n\n\t\n", /^empty file \(only white space\)$/],
  ["binary (fail)", "image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /^binary file \(NUL bytes\)$/],
  ["invalid UTF-8 mixed with UTF-8 (fail)", "mixed.txt", Uint8Array.from([...Buffer.from("Grüße "), 0xff, 0xfe, 0x41]), /^not UTF-8 and not Windows-1252/],
  ["bytes no encoding allows (fail)", "holes.txt", Uint8Array.from([0x41, 0x8d, 0x42, 0x9d]), /^not UTF-8 and not Windows-1252/],
  ["broken front matter (fail)", "broken.md", "---\ntitle: [unclosed\n---\nText.", /^front matter is not valid YAML: /],
  ["unclosed front matter (fail)", "open.md", "---\ntitle: A\nText.", /^front matter is not closed/],
  ["malformed XML (fail)", "broken.rss", "<rss><channel><item></channel></rss>", /^malformed XML: /],
  ["entity bomb (fail)", "bomb.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>', /^malformed XML: refused/],
  ["bad JSON (fail)", "broken.json", '{"version": "https://jsonfeed.org/version/1.1", "items": [', /^not valid JSON: /],
  ["JSON that is not a feed (fail)", "data.json", '{"rows": []}', /^not a JSON Feed: /],
  ["only boilerplate (fail)", "junk.txt", "Leave a Reply\nYour email address will not be published.\n", /^no article text found \(only boilerplate\)$/],
  ["unsupported type (fail)", "scan.pdf", "%PDF-1.4", /^unsupported file type "\.pdf"/],
];
for (const [name, file, content, message] of bad)
  raf(`readArticleFile :: ${name}`, async () => {
    const path = put(tempDir(), file, content);
    const { articles, errors } = await readArticleFile(path, OPTS);
    assert.equal(articles, []);
    assert.is(errors.length, 1);
    assert.is(errors[0]!.file, path);
    assert.match(errors[0]!.message, message);
  });

raf("readArticleFile :: larger than the cap (fail)", async () => {
  const path = put(tempDir(), "big.txt", "The ferry leaves at noon. ".repeat(100));
  const { errors } = await readArticleFile(path, { ...OPTS, maxBytes: 1000 });
  assert.equal(errors, [{ file: path, message: "larger than the 1000 bytes limit" }]);
  const big = put(tempDir(), "big.txt", "x".repeat(5 * 1024 * 1024 + 1));
  assert.equal((await readArticleFile(big, OPTS)).errors[0]!.message, "larger than the 5 MB limit");
});

raf("readArticleFile :: a missing file and a folder (fail)", async () => {
  const dir = tempDir();
  assert.is((await readArticleFile(join(dir, "nope.txt"), OPTS)).errors[0]!.message, "no such file");
  mkdirSync(join(dir, "folder.txt"));
  assert.is((await readArticleFile(join(dir, "folder.txt"), OPTS)).errors[0]!.message, "not a file");
});

raf("readArticleFile :: a 5 MB file of one-line paragraphs is read, not refused", async () => {
  const path = put(tempDir(), "lines.txt", "Gates shut.\n".repeat(400_000));
  const { articles, errors } = await readArticleFile(path, OPTS);
  assert.equal(errors, []);
  assert.is(articles.length, 1);
});

const rf = suite("readFiles");
rf("readFiles :: in the order given; bad files reported, good ones read", async () => {
  const dir = tempDir();
  const a = put(dir, "a.txt", "The first article says the quay is open.\n");
  const bad = put(dir, "b.txt", "");
  const c = put(dir, "c.txt", "The third article says the quay is closed.\n");
  const r = await readFiles([c, bad, a], OPTS);
  assert.equal(r.articles.map((x) => x.file), [c, a]);
  assert.equal(r.errors, [{ file: bad, message: "empty file" }]);
});
rf("readFiles :: a feed file of more items than a call takes arguments", async () => {
  const path = put(tempDir(), "many.rss", "<rss><channel>" + "<item><title>Gate shut</title></item>".repeat(140_000) + "</channel></rss>");
  const r = await readFiles([path], OPTS);
  assert.is(r.articles.length, 140_000);
  assert.equal(r.errors, []);
});

const store = suite("article store");
store("listStoreDays :: day folders only, sorted; a missing store has none", () => {
  const dir = tempDir();
  for (const d of ["2025-03-02", "2025-01-31", "2025-02-30", "drafts"]) mkdirSync(join(dir, d));
  put(dir, "2025-03-03", "a file, not a folder");
  put(dir, ".fetch-state.json", "{}");
  assert.equal(listStoreDays(dir), ["2025-01-31", "2025-03-02"]);
  assert.equal(listStoreDays(join(dir, "missing")), []);
});
store("readStoreDay :: files by name, hidden files skipped, folder date applied", async () => {
  const dir = tempDir();
  put(dir, "2025-03-02/b.txt", "The second file says the quay is closed.\n");
  put(dir, "2025-03-02/a.md", "---\ntitle: First\n---\nThe first file says the quay is open.\n");
  put(dir, "2025-03-02/.a.md.123.tmp", "half a fi");
  put(dir, "2025-03-02/c.txt", Uint8Array.from([0, 1, 2]));
  const r = await readStoreDay(dir, "2025-03-02", OPTS);
  assert.equal(r.articles.map((a) => a.file.split("/").pop()), ["a.md", "b.txt"]);
  assert.ok(r.articles.every((a) => a.date === "2025-03-02"));
  assert.equal(r.errors.map((e) => [e.file.split("/").pop(), e.message]), [["c.txt", "binary file (NUL bytes)"]]);
  const again = await readStoreDay(dir, "2025-03-02", OPTS);
  assert.equal(again.articles.map((a) => a.id), r.articles.map((a) => a.id), "deterministic");
});

store("readStoreDay :: a broken link is reported by name, a sub-folder skipped; neither stops the day", async () => {
  const dir = tempDir();
  put(dir, "2025-03-02/a.txt", "The first file says the quay is open.\n");
  symlinkSync(join(dir, "gone.txt"), join(dir, "2025-03-02", "b.txt"));
  mkdirSync(join(dir, "2025-03-02", "drafts"));
  symlinkSync(join(dir, "nowhere"), join(dir, "2025-03-03"));
  assert.equal(listStoreDays(dir), ["2025-03-02"]);
  const r = await readStoreDay(dir, "2025-03-02", OPTS);
  assert.equal(r.articles.map((a) => a.file), [join(dir, "2025-03-02", "a.txt")]);
  assert.equal(r.errors, [{ file: join(dir, "2025-03-02", "b.txt"), message: "no such file" }]);
});

raf.run();
rf.run();
store.run();
