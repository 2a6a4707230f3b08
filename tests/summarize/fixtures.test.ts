// The plain-text fixtures in fixtures/: articles written by the team on labour,
// trade, courts and climate talks, with the points a reader should get.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureCases } from "./fixture_cases.ts";
import { describe, summarizer } from "./run.ts";

const F = suite("fixtures");
for (const c of fixtureCases())
  F(`summarize :: ${c.name} (${c.about})`, () => {
    const sum = summarizer().summarize(c.article);
    const seen = sum.points.map(describe).join("\n");
    for (const e of c.points) {
      const hit = sum.points.some(
        (p) => p.kind === e.kind && p.actor === e.actor && (e.target === null || p.target === e.target || !!p.targets?.includes(e.target)) && p.text.toLowerCase().includes(e.words.toLowerCase()),
      );
      assert.ok(hit, `missing ${e.kind} by ${e.actor}${e.target ? ` of ${e.target}` : ""}: "${e.words}"\ngot:\n${seen}`);
    }
    const names = sum.actors.map((a) => a.name);
    for (const a of c.actors) assert.ok(names.includes(a), `actor ${a} not listed: ${names.join("; ")}`);
    for (const a of c.notActors) assert.not.ok(names.includes(a), `actor ${a} should not be listed`);
  });
F.run();
