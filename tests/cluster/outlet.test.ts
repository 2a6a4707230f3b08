import { suite } from "uvu";
import * as assert from "uvu/assert";
import { outletOf } from "../../src/cluster/outlet.ts";
import { digested } from "./fixtures/digest.ts";

const Outlet = suite("outletOf");
Outlet("outletOf :: the source, trimmed, else the file name without its extension", () => {
  assert.is(outletOf(digested("x", "b.", { source: " Wire " })), "Wire");
  assert.is(outletOf(digested("x", "b.")), "x");
  assert.is(outletOf(digested("x", "b.", { source: "  " })), "x", "a blank source is no source");
});
Outlet.run();
