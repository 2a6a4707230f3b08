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
Outlet("outletOf :: without a source, the site of the article's URL", () => {
  assert.is(outletOf(digested("x", "b.", { url: "https://www.example.org/news/1" })), "example.org");
  assert.is(outletOf(digested("x", "b.", { url: "not a url" })), "x");
  assert.is(outletOf(digested("x", "b.", { source: "Wire", url: "https://example.org/" })), "Wire");
});
Outlet.run();
