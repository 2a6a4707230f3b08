import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isDayName, parsePublished, today } from "../../src/ingest/dates.ts";

const pub = suite("parsePublished");
// [raw, zone, iso, day]
const table: [unknown, string, string | null, string | null][] = [
  ["2025-01-14T23:30:00Z", "Europe/Berlin", "2025-01-14T23:30:00Z", "2025-01-15"],
  ["2025-01-14T23:30:00Z", "America/New_York", "2025-01-14T23:30:00Z", "2025-01-14"],
  ["2025-01-14T10:00:00+05:30", "UTC", "2025-01-14T10:00:00+05:30", "2025-01-14"],
  ["Tue, 14 Jan 2025 23:30:00 GMT", "Europe/Berlin", "2025-01-14T23:30:00Z", "2025-01-15"],
  ["Tue, 14 Jan 2025 09:00:00 +0100", "UTC", "2025-01-14T09:00:00+01:00", "2025-01-14"],
  ["2025-01-14", "Pacific/Kiritimati", "2025-01-14", "2025-01-14"],
  ["2025-01-14 22:00", "Asia/Tokyo", "2025-01-14T22:00:00+09:00", "2025-01-14"],
  ["January 14, 2025", "UTC", "2025-01-14T00:00:00Z", "2025-01-14"],
  [new Date("2025-01-14T23:30:00Z"), "Europe/Berlin", "2025-01-14T23:30:00Z", "2025-01-15"],
  ["last Tuesday (fail)", "UTC", null, null],
  ["2025-02-30", "UTC", null, null],
  [42, "UTC", null, null],
];
for (const [raw, zone, iso, day] of table)
  pub(`parsePublished :: ${String(raw)} in ${zone}`, () => {
    const p = parsePublished(raw, zone);
    assert.is(p?.iso ?? null, iso);
    assert.is(p?.day ?? null, day);
  });

pub("isDayName :: only real calendar days", () => {
  assert.ok(isDayName("2024-02-29"));
  assert.not.ok(isDayName("2023-02-29"));
  assert.not.ok(isDayName("2024-2-9"));
  assert.not.ok(isDayName("notes"));
});

pub("today :: the day in the given zone", () => {
  const at = new Date("2025-01-14T23:30:00Z");
  assert.is(today("Europe/Berlin", at), "2025-01-15");
  assert.is(today("UTC", at), "2025-01-14");
});

pub.run();
