import { suite } from "uvu";
import * as assert from "uvu/assert";
import { orgKey, withoutFinalDot } from "../../../src/summarize/text/orgs.ts";

const NAMES = ["Loop Inc.", "Loop Inc .", "Loop Inc", ".", " .", "Acme Corp.\u00a0.", "Parents’ Voice", "Farmers‘ Union", "ÉCOLE Polytechnique", "St. John's", ""];

const K = suite("orgKey");
K("orgKey :: the name in lowercase, curly apostrophes straight, after org:", () => {
  assert.is(orgKey("Parents’ Voice"), "org:parents' voice");
  assert.is(orgKey("Acme Corp"), "org:acme corp");
});
K("orgKey :: the same as the pattern asked of every name", () => {
  for (const n of NAMES) assert.is(orgKey(n), "org:" + n.toLowerCase().replace(/[’‘]/g, "'"));
});
K.run();

const D = suite("withoutFinalDot");
D("withoutFinalDot :: a final dot and the spaces before it go", () => {
  assert.is(withoutFinalDot("Loop Inc."), "Loop Inc");
  assert.is(withoutFinalDot("Loop Inc ."), "Loop Inc");
});
D("withoutFinalDot :: a name without a final dot stays (fail)", () => {
  assert.is(withoutFinalDot("St. John's"), "St. John's");
});
D("withoutFinalDot :: the same as the pattern asked of every name", () => {
  for (const n of NAMES) assert.is(withoutFinalDot(n), n.replace(/\s*\.$/, ""));
});
D.run();
