import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildVectors, dot } from "../../src/cluster/vectors.ts";
import { contentTerms } from "../../src/cluster/tokens.ts";

const Build = suite("buildVectors");
const texts = ["Grain ships wait at Lindvik port.", "Grain ships still wait off Lindvik.", "River Aune floods after rain."];

Build("buildVectors :: unit vectors, cosine in [0, 1]", () => {
  const { vectors } = buildVectors(texts.map(contentTerms));
  for (const v of vectors) assert.ok(Math.abs(dot(v, v) - 1) < 1e-9);
  assert.ok(dot(vectors[0]!, vectors[1]!) > 0.3);
  assert.is(dot(vectors[0]!, vectors[2]!), 0);
});

Build("buildVectors :: a word in every article weighs less than a word two share", () => {
  const day = buildVectors(["grain talks Lindvik", "grain talks Lindvik", "grain flood"].map(contentTerms));
  const v = day.vectors[0]!;
  const w = (t: string) => v.weights[v.ids.indexOf(day.terms.indexOf(t))]!;
  assert.ok(w("grain") < w("talk"));
});

Build("buildVectors :: actor name words weigh less than other names", () => {
  const docs = ["Marsh spoke in Brenn.", "Marsh spoke in Brenn.", "Rain fell."].map(contentTerms);
  const day = buildVectors(docs, [new Set(["marsh"]), new Set(["marsh"]), new Set()]);
  const v = day.vectors[0]!;
  const w = (t: string) => v.weights[v.ids.indexOf(day.terms.indexOf(t))]!;
  assert.ok(w("marsh") < w("brenn"));
});
Build.run();
