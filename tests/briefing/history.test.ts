import { suite } from "uvu";
import * as assert from "uvu/assert";
import { historyOf } from "../../src/briefing/history.ts";
import { briefing, point } from "./fixtures/briefing.ts";

const History = suite("historyOf");
History("historyOf :: keeps only briefings before the day, oldest first", () => {
  const h = historyOf([briefing("2024-03-05", [point("Ana Ode", "demand", "c")]), briefing("2024-03-01", [point("Ana Ode", "demand", "a")]), briefing("2024-03-03", [point("Ana Ode", "demand", "b")])], "2024-03-05");
  assert.equal(h.byActor.get("ana ode")!.map((p) => p.text), ["a", "b"]);
});
History("historyOf :: a name an earlier briefing listed as an alias resolves to that actor", () => {
  const h = historyOf([briefing("2024-03-01", [point("Sergei Ode", "demand", "a")], [{ name: "Sergei Ode", aliases: ["Sergey Ode", "Ode"] }])], "2024-03-02");
  assert.is(h.resolve(["Sergey Ode"]), "sergei ode");
  assert.is(h.resolve(["Someone New", "Ode"]), "sergei ode");
  assert.is(h.resolve(["Someone New"]), "someone new");
});
History.run();
