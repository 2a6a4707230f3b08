import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildStory, leadOf, storyId } from "../../src/cluster/story.ts";
import { buildVectors } from "../../src/cluster/vectors.ts";
import { contentTerms } from "../../src/cluster/tokens.ts";
import { digested } from "./fixtures/digest.ts";

const Id = suite("storyId");
Id("storyId :: same members in any order, same id; other members, other id", () => {
  assert.is(storyId(["b", "a"]), storyId(["a", "b"]));
  assert.is.not(storyId(["a", "b"]), storyId(["a", "c"]));
  assert.match(storyId(["a"]), /^s-[0-9a-f]{12}$/);
});
Id.run();

const Build = suite("buildStory");
const day = [
  digested("side", "Grain ships wait off Lindvik. Insurers raised premiums.", { source: "B" }),
  digested("core", "Grain ships wait off Lindvik as the blockade holds. Insurers raised premiums. Marsh demanded an end to the blockade.", { source: "A", title: "Grain ships wait off Lindvik" }),
  digested("other", "The blockade holds and grain ships wait off Lindvik, Marsh said.", { source: "A" }),
];
const vectors = buildVectors(day.map((d) => contentTerms(d.article.body)));
Build("leadOf :: the member closest to the group's centre", () => assert.is(leadOf([0, 1, 2], vectors.vectors), 1));
Build("buildStory :: lead first, outlets once each", () => {
  const s = buildStory(day, [0, 1, 2], vectors);
  assert.equal(s.articles, ["core", "side", "other"]);
  assert.equal(s.outlets, ["A", "B"]);
  assert.is(s.title, "Grain ships wait off Lindvik");
  assert.is(s.id, storyId(["side", "core", "other"]));
});
Build.run();
