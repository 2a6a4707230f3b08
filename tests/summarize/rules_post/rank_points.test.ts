import { ruleSuite } from "../rule_cases.ts";

ruleSuite("rank_points", [
  {"name": "demands come first", "body": "The Bakers Union rejected the offer. The Bakers Union said flour taxes must go.", "expect": [{"point": "demand Bakers Union"}]},
]);

import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState, type Draft } from "../../../src/summarize/state.ts";
import rank_points from "../../../src/summarize/rules_post/rank_points.ts";
import type { PointKind } from "../../../src/summarize/types.ts";
import { article } from "../run.ts";

const KINDS: PointKind[] = ["position", "offer", "warning", "rejection", "demand"];
const RANK: Record<PointKind, number> = { demand: 0, rejection: 1, warning: 2, offer: 3, position: 4 };
const lexicon = createSummarizer().lexicon;

// Drafts with many ties in kind, sentence and start, numbered in the order the article gave them.
function drafts(n: number, seed: number): (Draft & { n: number })[] {
  let x = seed;
  const next = (m: number) => (x = (x * 1103515245 + 12345) % 2147483648) % m;
  return Array.from({ length: n }, (_, i) => ({ n: i, kind: KINDS[next(5)]!, sent: next(4), from: next(3) }) as unknown as Draft & { n: number });
}

for (const n of [2, 47, 48, 49, 120])
  test(`rank_points :: ${n} drafts: by kind, sentence and start, ties in the article's order`, () => {
    for (let seed = 1; seed <= 20; seed++) {
      const state = new SummarizeState(article("The union said no."), lexicon);
      const given = drafts(n, seed);
      state.drafts = [...given];
      rank_points(state);
      const want = [...given].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.sent - b.sent || a.from - b.from || a.n - b.n);
      assert.equal((state.drafts as (Draft & { n: number })[]).map((d) => d.n), want.map((d) => d.n));
    }
  });

test.run();
