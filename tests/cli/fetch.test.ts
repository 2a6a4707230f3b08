import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { REPO, daybrief, tempProject } from "../fixtures/project.ts";

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Desk</title></head><body>
  <outline text="Ports"><outline text="Harbor" type="rss" xmlUrl="https://example.org/harbor.xml"/></outline>
  <outline text="Courts" type="rss" xmlUrl="https://example.org/courts.xml"/>
</body></opml>`;

const fetchCli = suite("daybrief fetch");
fetchCli("fetch :: without feeds it says how to add them (fail)", () => {
  const r = daybrief(tempProject(), "fetch");
  assert.is(r.status, 2);
  assert.match(r.stderr, /no feeds configured/);
});
fetchCli("fetch :: --import-opml adds each feed once and keeps the rest of the configuration", () => {
  const dir = tempProject();
  writeFileSync(join(dir, "subs.opml"), OPML);
  assert.is(daybrief(dir, "fetch", "--import-opml", "subs.opml").status, 0);
  assert.is(daybrief(dir, "fetch", "--import-opml", "subs.opml").status, 0);
  const cfg = JSON.parse(readFileSync(join(dir, "daybrief.config.json"), "utf8"));
  assert.equal(cfg.feeds.map((f: { url: string }) => f.url), ["https://example.org/harbor.xml", "https://example.org/courts.xml"]);
  assert.is(cfg.site.title, "Port Watch");
});
fetchCli("fetch :: stores a feed's items under their day, once", async () => {
  let base = "";
  const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Wire</title><link>${base}/</link>
    <item><title>Union calls vote on new offer</title><link>${base}/vote</link><guid>vote-1</guid>
    <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>The union will vote on Friday.</description></item>
  </channel></rss>`;
  const page = `<!doctype html><html><head><title>Union calls vote on new offer</title></head><body><article><h1>Union calls vote on new offer</h1>
    <p>The dockworkers' union said on Tuesday it would put the operators' new offer to a vote of its members on Friday.</p>
    <p>Union president Marit Claes urged members to read the offer closely, and said the strike would continue until the vote.</p>
    <p>Scaldis Logistics said the offer raised wages by 4.2% over two years and restored the night-shift bonus.</p></article></body></html>`;
  const server = createServer((req, res) =>
    req.url === "/feed.xml" ? res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss()) : res.writeHead(200, { "content-type": "text/html" }).end(page),
  );
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const dir = tempProject({ feeds: [`${base}/feed.xml`] });
    const first = await fetchIn(dir);
    assert.is(first.status, 0, first.stderr);
    const stored = readdirSync(join(dir, "articles/2026-03-03"));
    assert.is(stored.length, 2, "the court ruling and the new item");
    const second = await fetchIn(dir);
    assert.is(second.status, 0, second.stderr);
    assert.equal(readdirSync(join(dir, "articles/2026-03-03")), stored);
  } finally {
    server.close();
  }
});
fetchCli.run();

// The server lives in this process, so the command must run without blocking it.
function fetchIn(cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(REPO, "bin/daybrief.js"), "fetch"], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => ok({ status, stdout, stderr }));
  });
}
