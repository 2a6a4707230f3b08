import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BATCH_CHARS, createSummarizer, LexiconError } from "../../src/summarize/index.ts";
import type { Article } from "../../src/ingest/article.ts";
import { fixtureCases } from "./fixture_cases.ts";
import { article, describe } from "./run.ts";

const S = suite("createSummarizer");

S("summarize :: the same article twice gives byte-identical JSON", () => {
  const a = createSummarizer(), b = createSummarizer();
  for (const c of fixtureCases()) {
    const first = JSON.stringify(a.summarize(c.article));
    assert.is(JSON.stringify(a.summarize(c.article)), first);
    assert.is(JSON.stringify(b.summarize(c.article)), first);
  }
});

S("summarizeMany :: each summary is the one summarize gives, across batches", () => {
  const s = createSummarizer();
  // More articles than one batch holds, in an order that mixes long and short texts.
  const cases = fixtureCases().map((c) => c.article);
  const articles: Article[] = [];
  for (let i = 0, chars = 0; chars <= 3 * BATCH_CHARS; i++) {
    articles.push(cases[(i * 7) % cases.length]!);
    chars += articles.at(-1)!.body.length;
  }
  // One article longer than a whole batch's text, between short ones: a batch of its own.
  const long = articles[30]!;
  articles.splice(31, 0, { ...long, id: "long", body: Array.from({ length: Math.ceil((BATCH_CHARS + 1000) / long.body.length) }, () => long.body).join("\n\n") });
  assert.ok(articles[31]!.body.length > BATCH_CHARS);
  const many = s.summarizeMany(articles);
  assert.is(many.length, articles.length);
  articles.forEach((a, i) => assert.is(JSON.stringify(many[i]), JSON.stringify(s.summarize(a)), `article ${i}`));
});

S("summarizeMany :: a fault in one article is its entry, and the rest of its batch is summarized (fail)", () => {
  const s = createSummarizer();
  s.extract.push("fails_on_marker", (state) => {
    if (state.article.body.includes("MARKER")) throw new Error("rule failed");
  });
  s.post.push("fails_on_flag", (state) => {
    if (state.article.body.includes("FLAG")) throw "not an Error";
  });
  const bodies = ["Chile said the deal must be signed.", "MARKER text.", "Peru said talks would go on.", "FLAG and Chile said the deal must be signed."];
  const many = s.summarizeMany(bodies.map((b, i) => article(b, null, `a${i}`)));
  assert.instance(many[1], Error);
  assert.is((many[1] as Error).message, "rule failed");
  assert.instance(many[3], Error);
  assert.is((many[3] as Error).message, "not an Error");
  assert.is(JSON.stringify(many[0]), JSON.stringify(s.summarize(article(bodies[0]!, null, "a0"))));
  assert.ok(!(many[2] instanceof Error) && many[2]!.points.length > 0);
});

S("summarizeMany :: an article that breaks its type is its own error, not the batch's (fail)", () => {
  const s = createSummarizer();
  const good = article("Chile said the deal must be signed.", null, "good");
  const broken = { ...good, id: "broken", body: undefined } as unknown as Article;
  const many = s.summarizeMany([good, broken, good]);
  assert.instance(many[1], Error);
  assert.is(JSON.stringify(many[0]), JSON.stringify(s.summarize(good)));
  assert.is(JSON.stringify(many[2]), JSON.stringify(s.summarize(good)));
});

S("summarize :: points carry the exact sentence, its offsets and the rule", () => {
  const body = "Talks failed on Monday. The Dockworkers Union said the port must reopen.";
  const sum = createSummarizer().summarize(article(body));
  const p = sum.points.find((x) => x.kind === "demand")!;
  assert.is(p.sentence, "The Dockworkers Union said the port must reopen.");
  assert.is(body.slice(p.start, p.end), p.sentence);
  assert.is(p.rule, "attribute_speech");
});

S("summarize :: a full-statement headline is sentence -1, with offsets in the title", () => {
  const sum = createSummarizer().summarize(article("Talks resumed on Monday.", "Farmers Union says subsidies must stay"));
  const p = sum.points.find((x) => x.inTitle);
  assert.ok(p, "a point from the title");
  assert.is(p!.kind, "demand");
  assert.is(p!.start, 0);
});

S("disabledRules :: a rule switched off by name no longer fires", () => {
  const body = "The Dockworkers Union called a strike. The union said the port must reopen.";
  const on = createSummarizer().summarize(article(body)).points.map(describe);
  const off = createSummarizer({ disabledRules: ["resolve_generic_nouns"] }).summarize(article(body)).points.map(describe);
  assert.ok(on.some((p) => p.startsWith("demand Dockworkers Union")));
  assert.not.ok(off.some((p) => p.startsWith("demand Dockworkers Union")));
});

S("disabledRules :: an unknown rule name throws (fail)", () => {
  assert.throws(() => createSummarizer({ disabledRules: ["no_such_rule"] }), /unknown rule: no_such_rule/);
});

S("dictionaries :: an operator's people file makes a name known without a title", () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-dict-"));
  const file = join(dir, "people.json");
  writeFileSync(file, JSON.stringify({ about: "test", entries: [{ kind: "person", name: "Ana Ode", aliases: ["Ode"] }] }));
  const sum = createSummarizer({ dictionaries: [file] }).summarize(article("On Monday Ode insisted that the levy must go."));
  assert.ok(sum.points.map(describe).some((p) => p.startsWith("demand Ana Ode")));
});

S("dictionaries :: a bad operator file is a LexiconError naming it (fail)", () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-dict-"));
  const file = join(dir, "broken.json");
  writeFileSync(file, JSON.stringify({ about: "x", entries: [{ kind: "person" }] }));
  assert.throws(() => createSummarizer({ dictionaries: [file] }), (e: unknown) => e instanceof LexiconError && /broken\.json: entries\[0\]/.test((e as Error).message));
});

S("explain :: names the rules that fired, sentence by sentence", () => {
  const text = createSummarizer().explain(article("Canadian officials said the tariff must go."));
  assert.match(text, /\[0\] Canadian officials said the tariff must go\./);
  assert.match(text, /find_countries: "Canadian officials" -> Canada/);
  assert.match(text, /=> point: demand by Canada/);
});

S("summarize :: unplaced lists unknown capitalised names, sorted and unique", () => {
  const sum = createSummarizer().summarize(article("Ana Ode said pay must rise under the Harbour Day Accord, which the Harbour Day Accord allows."));
  assert.equal(sum.unplaced, [...new Set(sum.unplaced)].sort());
  assert.ok(sum.unplaced.includes("Harbour Day Accord"));
});

S.run();
