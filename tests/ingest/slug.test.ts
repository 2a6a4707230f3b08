import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asciiSlug } from "../../src/ingest/slug.ts";

const Slug = suite("asciiSlug");
for (const [text, max, want] of [
  ["Société Générale", 80, "societe-generale"],
  ["Straße & Söhne", 80, "strasse-sohne"],
  ["O’Neill's harbour", 80, "oneills-harbour"],
  ["  Gates shut: 3 ships wait! ", 80, "gates-shut-3-ships-wait"],
  ["Гавань", 80, ""],
  ["Dockworkers walk off the job in Lindvik", 20, "dockworkers-walk-off"],
  ["Dockworkers walk", 16, "dockworkers-walk"],
  ["Supercalifragilistic", 10, "supercalif"],
] as const)
  Slug(`asciiSlug :: ${JSON.stringify(text)} within ${max}`, () => {
    const got = asciiSlug(text, max);
    assert.is(got, want);
    assert.ok(got.length <= max);
  });
Slug.run();
