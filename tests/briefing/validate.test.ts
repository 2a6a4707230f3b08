import { suite } from "uvu";
import * as assert from "uvu/assert";
import { validateBriefing } from "../../src/briefing/validate.ts";
import { briefing, point } from "./fixtures/briefing.ts";

const Validate = suite("validateBriefing");
Validate("validateBriefing :: a whole briefing passes", () => {
  const b = briefing("2024-03-04", [point("Ana Ode", "demand", "x", { novelty: "changed", firstSeen: "2024-03-01", previous: { text: "y", kind: "offer", date: "2024-03-01", shift: "harder" } })]);
  assert.is(validateBriefing(JSON.parse(JSON.stringify(b))).date, "2024-03-04");
});
const good = () => JSON.parse(JSON.stringify(briefing("2024-03-04", [point("Ana Ode", "demand", "x")])));
for (const [name, edit, message] of [
  ["a wrong version", (b: any) => (b.version = 2), /^version: expected version 1/],
  ["a bad date", (b: any) => (b.date = "4 March"), /^date: expected a date YYYY-MM-DD/],
  ["an unknown novelty", (b: any) => (b.stories[0].points[0].novelty = "fresh"), /^stories\[0\]\.points\[0\]\.novelty: expected one of new\|repeated\|changed/],
  ["a missing list", (b: any) => delete b.actors, /^actors: expected a list/],
  ["a bad shift", (b: any) => (b.stories[0].points[0].previous = { text: "y", kind: "offer", date: "2024-03-01", shift: "up" }), /previous\.shift: expected one of harder\|softer\|other/],
] as const)
  Validate(`validateBriefing :: names ${name} (fail)`, () => {
    const b = good();
    edit(b);
    assert.throws(() => validateBriefing(b), (e: Error) => message.test(e.message));
  });
Validate.run();
