import { suite } from "uvu";
import * as assert from "uvu/assert";
import { firstCapitalFrom } from "../../../src/summarize/text/capitals.ts";

const F = suite("firstCapitalFrom");
F("firstCapitalFrom :: the first capital at or after a token", () => {
  assert.is(firstCapitalFrom([0, 3, 7], 0), 0);
  assert.is(firstCapitalFrom([0, 3, 7], 1), 1);
  assert.is(firstCapitalFrom([0, 3, 7], 3), 1);
  assert.is(firstCapitalFrom([0, 3, 7], 5), 2);
});
F("firstCapitalFrom :: none after the last (fail)", () => {
  assert.is(firstCapitalFrom([0, 3, 7], 8), 3);
  assert.is(firstCapitalFrom([], 0), 0);
});
F("firstCapitalFrom :: from a position known to stand before the token, the same answer", () => {
  assert.is(firstCapitalFrom([0, 3, 7], 5, 1), 2);
  assert.is(firstCapitalFrom([0, 3, 7], 8, 2), 3);
});
F.run();
