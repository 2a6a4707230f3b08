import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Ruler } from "../../src/summarize/ruler.ts";

const make = () => {
  const r = new Ruler<string>();
  r.push("a", "A");
  r.push("b", "B");
  r.push("c", "C");
  return r;
};

const R = suite("Ruler");

R("push :: keeps the order of the table", () => {
  assert.equal(make().getRules(), ["A", "B", "C"]);
  assert.equal(make().names(), ["a", "b", "c"]);
});

R("before / after :: insert next to a named rule", () => {
  const r = make();
  r.before("b", "x", "X");
  r.after("b", "y", "Y");
  assert.equal(r.names(), ["a", "x", "b", "y", "c"]);
});

R("at :: replaces a rule in place", () => {
  const r = make();
  r.at("b", "B2");
  assert.equal(r.getRules(), ["A", "B2", "C"]);
});

R("disable / enable :: switch rules off and on by name", () => {
  const r = make();
  r.disable(["a", "c"]);
  assert.equal(r.getRules(), ["B"]);
  r.enable("c");
  assert.equal(r.getRules(), ["B", "C"]);
  assert.equal(r.entries().map((e) => e.name), ["b", "c"]);
});

R("enableOnly :: a preset is an allow-list", () => {
  const r = make();
  r.enableOnly("b");
  assert.equal(r.getRules(), ["B"]);
});

const UNKNOWN: [string, (r: Ruler<string>) => void][] = [
  ["before", (r) => r.before("zz", "x", "X")],
  ["after", (r) => r.after("zz", "x", "X")],
  ["at", (r) => r.at("zz", "X")],
  ["enable", (r) => r.enable("zz")],
  ["disable", (r) => r.disable("zz")],
  ["enableOnly", (r) => r.enableOnly(["a", "zz"])],
];
for (const [name, call] of UNKNOWN)
  R(`${name} :: an unknown rule name throws (fail)`, () => {
    assert.throws(() => call(make()), /unknown rule: zz/);
  });

R("push :: a name already in the chain throws (fail)", () => {
  assert.throws(() => make().push("a", "A2"), /already in the chain/);
});

R.run();
