import { suite } from "uvu";
import * as assert from "uvu/assert";
import { defaultIngestOptions, formatBytes, tooLarge } from "../../src/ingest/options.ts";

const fb = suite("formatBytes");
const table: [number, string][] = [
  [5 * 1024 * 1024, "5 MB"],
  [1.5 * 1024 * 1024, "1.5 MB"],
  [64 * 1024, "64 KB"],
  [1000, "1000 bytes"],
];
for (const [n, text] of table) fb(`formatBytes :: ${n}`, () => assert.is(formatBytes(n), text));
fb("tooLarge :: names the limit", () => assert.is(tooLarge(5 * 1024 * 1024), "larger than the 5 MB limit"));
fb("defaultIngestOptions :: 5 MB and UTC unless told otherwise", () => {
  assert.equal(defaultIngestOptions(), { timeZone: "UTC", maxBytes: 5 * 1024 * 1024 });
  assert.is(defaultIngestOptions({ timeZone: "Asia/Tokyo" }).timeZone, "Asia/Tokyo");
});
fb.run();
