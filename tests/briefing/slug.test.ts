import { suite } from "uvu";
import * as assert from "uvu/assert";
import { slugify } from "../../src/briefing/slug.ts";

const Slug = suite("slugify");
for (const [name, want] of [
  ["Andrei Volkov", "andrei-volkov"],
  ["Société Générale", "societe-generale"],
  ["Ålesund Port Authority", "alesund-port-authority"],
  ["Straße & Söhne", "strasse-sohne"],
  ["O’Neill", "oneill"],
  ["  U.S. Department of State ", "u-s-department-of-state"],
  ["Łódź", "lodz"],
] as const)
  Slug(`slugify :: ${name}`, () => assert.is(slugify(name), want));

Slug("slugify :: a name without Latin letters gets a stable hashed slug", () => {
  const s = slugify("Остров Ведина");
  assert.match(s, /^actor-[0-9a-f]{10}$/);
  assert.is(slugify("Остров Ведина"), s);
  assert.is.not(slugify("Берег Ведина"), s);
});

Slug("slugify :: always ASCII and URL-safe", () => {
  for (const n of ["Ω-Group", "東京 Electric", "a/b\\c?d#e", "—"]) assert.match(slugify(n), /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
Slug.run();
