// Table-driven rule tests: each case is an article text and what the summary
// (or the explain trace) must or must not show.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, describe, summarizer } from "./run.ts";

export type Expect =
  | { point: string }
  | { noPoint: string }
  | { actor: string }
  | { noActor: string }
  | { alias: [actor: string, alias: string] }
  | { actorKind: [actor: string, kind: string] }
  | { trace: string }
  | { noTrace: string }
  | { unplaced: string };

export interface RuleCase {
  name: string;
  body: string;
  title?: string;
  expect: Expect[];
  /** With the rule switched off, this expectation no longer holds. */
  needsRule?: Expect;
}

function holds(e: Expect, body: string, title: string | null, disabled: string[] = []): [boolean, string] {
  const s = disabled.length ? createWithout(disabled) : summarizer();
  const art = article(body, title);
  const sum = s.summarize(art);
  const points = sum.points.map(describe);
  if ("point" in e) return [points.some((p) => p.includes(e.point)), points.join("\n")];
  if ("noPoint" in e) return [!points.some((p) => p.includes(e.noPoint)), points.join("\n")];
  if ("actor" in e) return [sum.actors.some((a) => a.name === e.actor), sum.actors.map((a) => a.name).join("; ")];
  if ("noActor" in e) return [!sum.actors.some((a) => a.name === e.noActor), sum.actors.map((a) => a.name).join("; ")];
  if ("actorKind" in e) return [sum.actors.some((a) => a.name === e.actorKind[0] && a.kind === e.actorKind[1]), JSON.stringify(sum.actors.map((a) => [a.name, a.kind]))];
  if ("alias" in e) return [!!sum.actors.find((a) => a.name === e.alias[0])?.aliases.includes(e.alias[1]), JSON.stringify(sum.actors)];
  if ("unplaced" in e) return [sum.unplaced.includes(e.unplaced), sum.unplaced.join("; ")];
  const trace = s.explain(art);
  if ("noTrace" in e) return [!trace.includes(e.noTrace), trace];
  return [trace.includes(e.trace), trace];
}

import { createSummarizer } from "../../src/summarize/index.ts";
const without = new Map<string, ReturnType<typeof createSummarizer>>();
function createWithout(rules: string[]) {
  const key = rules.join(",");
  let s = without.get(key);
  if (!s) without.set(key, (s = createSummarizer({ disabledRules: rules })));
  return s;
}

export function ruleSuite(rule: string, cases: RuleCase[]): void {
  const S = suite(rule);
  for (const c of cases)
    S(`${rule} :: ${c.name}`, () => {
      for (const e of c.expect) {
        const [ok, seen] = holds(e, c.body, c.title ?? null);
        assert.ok(ok, `expected ${JSON.stringify(e)}; got:\n${seen}`);
      }
      if (c.needsRule) {
        const [ok] = holds(c.needsRule, c.body, c.title ?? null, [rule]);
        assert.not.ok(ok, `${JSON.stringify(c.needsRule)} should depend on ${rule}`);
      }
    });
  S.run();
}
