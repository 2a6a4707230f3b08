import { suite } from "uvu";
import * as assert from "uvu/assert";
import { daybrief, tempProject } from "../fixtures/project.ts";

const cli = suite("daybrief command line");
cli("main :: --help lists every command and exits 0", () => {
  const r = daybrief(tempProject(), "--help");
  assert.is(r.status, 0);
  for (const c of ["summarize", "digest", "build", "serve", "fetch"]) assert.match(r.stdout, new RegExp(`\\n  ${c} `));
});
cli("main :: a command's --help shows its options", () => {
  const r = daybrief(tempProject(), "digest", "--help");
  assert.is(r.status, 0);
  assert.match(r.stdout, /--date/);
  assert.match(r.stdout, /--all/);
});
cli("main :: unknown command is a usage error (fail)", () => {
  const r = daybrief(tempProject(), "publish");
  assert.is(r.status, 2);
  assert.match(r.stderr, /unknown command: publish/);
});
cli("main :: unknown option is a usage error (fail)", () => {
  const r = daybrief(tempProject(), "build", "--colour");
  assert.is(r.status, 2);
  assert.match(r.stderr, /--colour/);
});
cli("main :: summarize without files is a usage error (fail)", () => {
  assert.is(daybrief(tempProject(), "summarize").status, 2);
});
cli("main :: a bad date is a usage error (fail)", () => {
  const r = daybrief(tempProject(), "digest", "--date", "2026-13-45");
  assert.is(r.status, 2);
  assert.match(r.stderr, /YYYY-MM-DD/);
});
cli("main :: a broken configuration is named with exit 2 (fail)", () => {
  const r = daybrief(tempProject({ site: { timeZone: "Mars/Olympus" } }), "build");
  assert.is(r.status, 2);
  assert.match(r.stderr, /daybrief\.config\.json: site\.timeZone/);
});
cli.run();
