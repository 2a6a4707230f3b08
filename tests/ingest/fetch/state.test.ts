import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync } from "node:fs";
import { STATE_FILE, loadState, saveState } from "../../../src/ingest/fetch/state.ts";
import { put, tempDir } from "../helpers.ts";

const st = suite("fetch state");
st("loadState :: none yet is an empty state, without a problem", async () => {
  assert.equal(await loadState(tempDir()), { state: { version: 1, feeds: {} }, problem: null });
});
st("saveState :: written and read back; no temporary file left", async () => {
  const store = tempDir();
  const state = { version: 1 as const, feeds: { "https://a.example.org/feed": { etag: '"x"', checked: "2025-03-01T00:00:00Z" } } };
  await saveState(store, state);
  assert.equal((await loadState(store)).state, state);
  assert.equal(readdirSync(store), [STATE_FILE]);
});
st("loadState :: a damaged file is set aside with a reason (fail)", async () => {
  const store = tempDir();
  put(store, STATE_FILE, '{"version": 2}');
  const r = await loadState(store);
  assert.equal(r.state.feeds, {});
  assert.match(r.problem!, /^ignored, not a fetch state file/);
});
st.run();
