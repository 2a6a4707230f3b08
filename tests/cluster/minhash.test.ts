import { suite } from "uvu";
import * as assert from "uvu/assert";
import { candidatePairs, keyTerms, minhash, mix32, BANDS, ROWS } from "../../src/cluster/minhash.ts";
import { buildVectors } from "../../src/cluster/vectors.ts";
import { contentTerms } from "../../src/cluster/tokens.ts";

const Mix = suite("mix32");
Mix("mix32 :: deterministic, 32-bit, spreads neighbours", () => {
  assert.is(mix32(12345), mix32(12345));
  const outs = new Set(Array.from({ length: 1000 }, (_, i) => mix32(i)));
  assert.is(outs.size, 1000);
  for (const x of outs) assert.ok(x >= 0 && x < 2 ** 32);
});
Mix.run();

const Sig = suite("minhash");
Sig("minhash :: estimates Jaccard of term sets", () => {
  const a = Array.from({ length: 40 }, (_, i) => i);
  const b = Array.from({ length: 40 }, (_, i) => i + 20); // Jaccard 20/60
  const sa = minhash(a), sb = minhash(b);
  const agree = sa.filter((x, i) => x === sb[i]).length / sa.length;
  assert.ok(Math.abs(agree - 1 / 3) < 0.12, `agreement ${agree}`);
  assert.equal(Array.from(minhash(a)), Array.from(sa), "same set, same signature");
});
Sig.run();

const Keys = suite("keyTerms");
Keys("keyTerms :: only terms another article shares, heaviest first", () => {
  const day = buildVectors(["grain blockade strait ships Lindvik", "grain blockade Lindvik harbour", "flood river rain"].map(contentTerms));
  const terms = keyTerms(day, 0).map((id) => day.terms[id]);
  assert.equal([...terms].sort(), ["blockade", "grain", "lindvik"]);
  assert.equal(keyTerms(day, 2), []);
});
Keys.run();

const Cands = suite("candidatePairs");
Cands("candidatePairs :: near-identical sets meet, disjoint sets do not", () => {
  const set = (from: number) => Array.from({ length: 30 }, (_, i) => from + i);
  const sigs = [minhash(set(0)), minhash(set(2)), minhash(set(1000)), null];
  assert.equal(candidatePairs(sigs), [[0, 1]]);
});
Cands("candidatePairs :: probability follows the banding curve", () => {
  // Pairs with key-term Jaccard 0.25: expected share found 1 - (1 - 0.25^ROWS)^BANDS.
  const want = 1 - Math.pow(1 - Math.pow(0.25, ROWS), BANDS);
  let found = 0;
  const trials = 200;
  for (let t = 0; t < trials; t++) {
    const a = Array.from({ length: 30 }, (_, i) => t * 1000 + i);
    const b = Array.from({ length: 30 }, (_, i) => t * 1000 + i + 18); // 12 shared of 48
    if (candidatePairs([minhash(a), minhash(b)]).length) found++;
  }
  assert.ok(Math.abs(found / trials - want) < 0.08, `found ${found / trials}, expected ${want.toFixed(2)}`);
});
Cands.run();
