import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dayActors } from "../../src/briefing/actors.ts";
import type { BriefingStory } from "../../src/briefing/types.ts";
import { point } from "./fixtures/briefing.ts";

const story = (id: string, points: ReturnType<typeof point>[]): BriefingStory => ({ id, title: id, summary: [], articles: [], outlets: [], actors: [], points });

const Actors = suite("dayActors");
Actors("dayActors :: points across stories, demands first, then support, then story rank", () => {
  const got = dayActors(
    [{ name: "Ana Ode", kind: "person", aliases: ["Ode", "Ana Ode"] }],
    [story("s1", [point("Ana Ode", "position", "talks help"), point("Ana Ode", "demand", "end the blockade")]), story("s2", [point("Ana Ode", "demand", "close the consulate", { support: 3 })])],
  );
  assert.equal(got[0]!.points.map((p) => [p.story, p.text]), [["s2", "close the consulate"], ["s1", "end the blockade"], ["s1", "talks help"]]);
  assert.equal(got[0]!.aliases, ["Ana Ode", "Ode"]);
});
Actors("dayActors :: busiest actors first, then by name; slugs unique", () => {
  const got = dayActors(
    [{ name: "Zed", kind: "person", aliases: [] }, { name: "Ana Ode", kind: "person", aliases: [] }, { name: "Ana-Ode", kind: "group", aliases: [] }, { name: "Busy", kind: "person", aliases: [] }],
    [story("s1", [point("Busy", "demand", "x")])],
  );
  assert.equal(got.map((a) => a.name), ["Busy", "Ana Ode", "Ana-Ode", "Zed"]);
  const slugs = got.map((a) => a.slug);
  assert.is(new Set(slugs).size, slugs.length);
  assert.match(slugs[1]!, /^ana-ode-[0-9a-f]{6}$/);
});
Actors("dayActors :: a person and a country of the very same name still get two slugs", () => {
  const got = dayActors([{ name: "Jordan", kind: "country", aliases: [] }, { name: "Jordan", kind: "person", aliases: [] }], []);
  const slugs = got.map((a) => a.slug);
  assert.is(new Set(slugs).size, 2);
  assert.ok(slugs.every((s) => /^jordan-[0-9a-f]{6}$/.test(s)));
});
Actors.run();
