import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { daybrief, tempProject } from "../fixtures/project.ts";

const dir = tempProject();
const day = (f: string) => join("articles/2026-03-02", f);
writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
const files = [day("wire-dockers-strike.txt"), day("post-dockers-strike.md"), "articles/2026-03-03/wire-court-ruling.txt"];

const cli = suite("daybrief summarize");
cli("summarize --json :: the contract's document, one entry per file, every file in one story", () => {
  const r = daybrief(dir, "summarize", "--json", ...files);
  assert.is(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.articles.map((a: { file: string }) => a.file), files);
  for (const a of doc.articles) {
    assert.type(a.title, "string");
    for (const actor of a.actors) {
      assert.type(actor.name, "string");
      assert.ok(["person", "government", "organisation", "group", "country"].includes(actor.kind), actor.kind);
      assert.ok(Array.isArray(actor.aliases));
    }
    for (const p of a.points) {
      for (const key of ["kind", "actor", "text", "sentence", "rule"]) assert.type(p[key], "string", key);
      assert.ok(p.target === null || typeof p.target === "string");
    }
    assert.ok(Array.isArray(a.unplaced));
  }
  const inStories = doc.stories.flatMap((s: { articles: string[] }) => s.articles).sort();
  assert.equal(inStories, [...files].sort());
});
cli("summarize --json :: the two reports of the strike are one story, the court ruling another", () => {
  const doc = JSON.parse(daybrief(dir, "summarize", "--json", ...files).stdout);
  const storyOf = (f: string) => doc.stories.findIndex((s: { articles: string[] }) => s.articles.includes(f));
  assert.is(storyOf(files[0]!), storyOf(files[1]!));
  assert.is.not(storyOf(files[0]!), storyOf(files[2]!));
});
cli("summarize --json :: the same input gives byte-identical output", () => {
  assert.is(daybrief(dir, "summarize", "--json", ...files).stdout, daybrief(dir, "summarize", "--json", ...files).stdout);
});
cli("summarize :: empty and binary files are named, the others still summarized, exit 1 (fail)", () => {
  const r = daybrief(dir, "summarize", "--json", day("empty-upload.txt"), "binary.txt", files[0]!);
  assert.is(r.status, 1);
  assert.match(r.stderr, /empty-upload\.txt: .*empty/);
  assert.match(r.stderr, /binary\.txt: .*binary/);
  assert.equal(JSON.parse(r.stdout).articles.map((a: { file: string }) => a.file), [files[0]]);
});
cli("summarize :: a missing file is named (fail)", () => {
  const r = daybrief(dir, "summarize", "nowhere.txt", files[0]!);
  assert.is(r.status, 1);
  assert.match(r.stderr, /nowhere\.txt/);
});
cli("summarize :: the readable form lists each article's points", () => {
  const r = daybrief(dir, "summarize", files[2]!);
  assert.is(r.status, 0);
  assert.match(r.stdout, /wire-court-ruling\.txt — Court declines to halt Antwerp strike/);
  assert.match(r.stdout, /•/);
});
cli("summarize --explain :: shows sentences and the rules that fired", () => {
  const r = daybrief(dir, "summarize", "--explain", files[2]!);
  assert.is(r.status, 0);
  assert.match(r.stdout, /A commercial court in Antwerp/);
  assert.match(r.stdout, /split_sentences|attribute_speech|classify_kind/);
});
cli.run();
