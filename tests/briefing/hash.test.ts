import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inputHash } from "../../src/briefing/hash.ts";
import { day1 } from "./fixtures/days.ts";

const Hash = suite("inputHash");
Hash("inputHash :: order-free, same for articles and digested articles, changes with any article", () => {
  const d = day1();
  assert.is(inputHash(d), inputHash([...d].reverse()));
  assert.is(inputHash(d), inputHash(d.map((x) => x.article)));
  assert.is.not(inputHash(d), inputHash(d.slice(1)));
  assert.match(inputHash([]), /^[0-9a-f]{64}$/);
});
Hash.run();
