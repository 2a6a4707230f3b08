import { suite } from "uvu";
import * as assert from "uvu/assert";
import { splitFrontMatter } from "../../src/ingest/front_matter.ts";

const fm = suite("splitFrontMatter");
fm("splitFrontMatter :: keys and the body after the closing line", () => {
  const r = splitFrontMatter("---\ntitle: A pier\ntags: [a, b]\n---\nBody text\n");
  assert.equal(r, { ok: true, data: { title: "A pier", tags: ["a", "b"] }, body: "Body text\n" });
});
fm("splitFrontMatter :: no front matter, all body", () => {
  assert.equal(splitFrontMatter("Just text"), { ok: true, data: {}, body: "Just text" });
});
fm("splitFrontMatter :: empty front matter", () => {
  assert.equal(splitFrontMatter("---\n---\nBody"), { ok: true, data: {}, body: "Body" });
});
const bad: [string, string, RegExp][] = [
  ["unclosed (fail)", "---\ntitle: A\nBody", /^front matter is not closed/],
  ["invalid YAML (fail)", "---\ntitle: [unclosed\n---\nBody", /^front matter is not valid YAML: /],
  ["a list, not keys (fail)", "---\n- a\n- b\n---\nBody", /^front matter is not valid YAML: expected keys and values, found a list/],
  ["an alias bomb (fail)", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n", /^front matter is not valid YAML: /],
];
for (const [name, text, message] of bad)
  fm(`splitFrontMatter :: ${name}`, () => {
    const r = splitFrontMatter(text);
    assert.not.ok(r.ok);
    if (!r.ok) assert.match(r.message, message);
  });

fm.run();
