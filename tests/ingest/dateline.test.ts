import { suite } from "uvu";
import * as assert from "uvu/assert";
import { findDateline } from "../../src/ingest/dateline.ts";

const dl = suite("findDateline");
// [paragraph, dateline text or null, agency, rest]
const table: [string, string | null, string | null, string][] = [
  ["LINDVIK, Nov 24 (Northwire) – The port said the talks would go on.", "LINDVIK, Nov 24 (Northwire)", "Northwire", "The port said the talks would go on."],
  ["New York, (APP) – The envoy met the council.", "New York, (APP)", "APP", "The envoy met the council."],
  ["BRUSSELS/ROME (AP) — Ministers met late.", "BRUSSELS/ROME (AP)", "AP", "Ministers met late."],
  ["GENEVA, 3 March 2025 (dpa) - Talks opened.", "GENEVA, 3 March 2025 (dpa)", "dpa", "Talks opened."],
  ["WASHINGTON — The president spoke.", "WASHINGTON", null, "The president spoke."],
  ["OSLO, Jan. 5 — Talks opened.", "OSLO, Jan. 5", null, "Talks opened."],
  ["NATO — the alliance — said it would wait.", null, null, ""],
  ["Moscow – which has rejected the plan – said no.", null, null, ""],
  ["Tomas Rell (pictured) – the negotiator – left early.", null, null, ""],
  ["The talks - held in private - ended.", null, null, ""],
];
for (const [para, text, agency, rest] of table)
  dl(`findDateline :: ${para}`, () => {
    const d = findDateline(para);
    assert.is(d?.text ?? null, text);
    if (d) {
      assert.is(d.agency, agency);
      assert.is(d.rest, rest);
    }
  });

dl.run();
