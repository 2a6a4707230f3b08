import { suite } from "uvu";
import * as assert from "uvu/assert";
import { quietDemands, QUIET_DAYS } from "../../src/briefing/quiet.ts";
import { historyOf } from "../../src/briefing/history.ts";
import { briefing, point } from "./fixtures/briefing.ts";

const Quiet = suite("quietDemands");
const history = historyOf(
  [
    briefing("2024-03-01", [point("Ana Ode", "demand", "end the blockade of the strait"), point("Per Lind", "demand", "a 9 percent pay rise"), point("Per Lind", "offer", "talks with the port")]),
    briefing("2024-03-04", [point("Ana Ode", "demand", "end the blockade of the strait now")]),
  ],
  "2024-03-05",
);

Quiet("quietDemands :: earlier demands not made today, once each with the last day heard", () => {
  const got = quietDemands([], history, "2024-03-05");
  assert.equal(got, [
    { actor: "Ana Ode", text: "end the blockade of the strait now", target: null, lastSeen: "2024-03-04" },
    { actor: "Per Lind", text: "a 9 percent pay rise", target: null, lastSeen: "2024-03-01" },
  ]);
});

Quiet("quietDemands :: a demand made again today is not quiet", () => {
  const got = quietDemands([{ point: point("Ana Ode", "demand", "end the strait blockade"), actorKey: "ana ode" }], history, "2024-03-05");
  assert.equal(got.map((q) => q.actor), ["Per Lind"]);
});

Quiet(`quietDemands :: only the last ${QUIET_DAYS} days count`, () => {
  assert.equal(quietDemands([], history, "2024-03-08").map((q) => q.actor), ["Ana Ode", "Per Lind"]);
  assert.equal(quietDemands([], history, "2024-03-09").map((q) => q.actor), ["Ana Ode"]);
});
Quiet.run();
