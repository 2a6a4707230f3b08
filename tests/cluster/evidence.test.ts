import { suite } from "uvu";
import * as assert from "uvu/assert";
import { background, pairScore, pairThreshold, MIN_SCORE, SURE_SCORE } from "../../src/cluster/evidence.ts";
import { quoteShingles, quotedSpans } from "../../src/cluster/quotes.ts";

const Threshold = suite("pairThreshold");
for (const [name, a, b, want] of [
  ["quiet day: the floor", 0.01, 0.02, MIN_SCORE],
  ["one topic all day: raised by the busier article", 0.1, 0.03, 0.25],
  ["never above the sure score", 0.3, 0.3, SURE_SCORE],
] as const)
  Threshold(`pairThreshold :: ${name}`, () => assert.ok(Math.abs(pairThreshold(a, b) - want) < 1e-9));
Threshold.run();

const Background = suite("background");
Background("background :: leaves out the article's plausible partners", () => {
  // total 1.0 over 5 others, of which two plausible partners make 0.8
  assert.ok(Math.abs(background(1.0, 0.8, 2, 6) - 0.2 / 3) < 1e-9);
  assert.is(background(0.5, 0.5, 1, 2), 0);
});
Background.run();

const Score = suite("pairScore");
const ev = (text: string, actorKinds: string[] = []) => ({ quotes: quoteShingles(quotedSpans(text)), actorKinds: new Set(actorKinds) });
Score("pairScore :: a shared quote adds, shared actors add little", () => {
  const base = pairScore(0.12, ev(""), ev(""));
  const quoted = pairScore(0.12, ev('"we will not move an inch"'), ev('"We will not move an inch."'));
  const actors = pairScore(0.12, ev("", ["Ode|demand"]), ev("", ["Ode|demand"]));
  assert.is(base, 0.12);
  assert.ok(quoted >= MIN_SCORE, "a shared quote lifts a weak pair over the floor");
  assert.ok(actors < MIN_SCORE, "shared actors alone do not");
});
Score.run();
