import { suite } from "uvu";
import * as assert from "uvu/assert";
import { HostLimiter } from "../../../src/ingest/fetch/host_limit.ts";
import { httpGet, type HttpSettings } from "../../../src/ingest/fetch/http.ts";
import { startServer, type TestServer } from "../helpers.ts";

const settings = (over: Partial<HttpSettings> = {}): HttpSettings => ({
  userAgent: "DaybriefTest/1.0",
  timeoutMs: 2000,
  retries: 2,
  maxBytes: 1024,
  backoffMs: 5,
  limiter: new HostLimiter(2),
  ...over,
});

let server: TestServer;
const http = suite("httpGet", {});
http.before(async () => {
  server = await startServer({
    "/ok": (_req, res) => res.writeHead(200, { "content-type": "text/plain", etag: '"v1"', "last-modified": "Mon, 03 Mar 2025 10:00:00 GMT" }).end("hello"),
    "/slow": (_req, res) => {
      const t = setTimeout(() => res.end("late"), 1500);
      res.on("close", () => clearTimeout(t));
    },
    "/stall": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first part ");
      const t = setTimeout(() => res.end("never"), 1500);
      res.on("close", () => clearTimeout(t));
    },
    "/flaky": (_req, res, n) => (n === 1 ? res.writeHead(500).end("oops") : res.writeHead(200).end("recovered")),
    "/down": (_req, res) => res.writeHead(503).end(),
    "/missing": (_req, res) => res.writeHead(404).end(),
    "/moved": (_req, res) => res.writeHead(301, { location: "/ok" }).end(),
    "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
    "/big-declared": (_req, res) => res.writeHead(200, { "content-length": "4096" }).end("x".repeat(4096)),
    "/big-streamed": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 8; i++) res.write("y".repeat(512));
      res.end();
    },
    "/conditional": (req, res) => (req.headers["if-none-match"] === '"v1"' ? res.writeHead(304).end() : res.writeHead(200, { etag: '"v1"' }).end("body")),
  });
});
http.after(() => server.close());

const fails = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a failure");
};
const hitsOf = (path: string) => server.hits.filter((h) => h.path === path).length;

http("httpGet :: body, validators and the user agent", async () => {
  const r = await httpGet(`${server.url}/ok`, settings());
  assert.is(r.status, 200);
  if (r.status !== 200) return;
  assert.is(Buffer.from(r.bytes).toString(), "hello");
  assert.is(r.etag, '"v1"');
  assert.is(r.lastModified, "Mon, 03 Mar 2025 10:00:00 GMT");
  assert.is(server.hits.find((h) => h.path === "/ok")!.headers["user-agent"], "DaybriefTest/1.0");
});
http("httpGet :: no answer in time is a timeout (fail)", async () => {
  const message = await fails(httpGet(`${server.url}/slow`, settings({ timeoutMs: 100, retries: 0 })));
  assert.is(message, "no complete answer within 100 ms (timed out)");
});
http("httpGet :: the timeout covers a body that stalls (fail)", async () => {
  const message = await fails(httpGet(`${server.url}/stall`, settings({ timeoutMs: 150, retries: 1 })));
  assert.is(message, "no complete answer within 150 ms (timed out) (after 2 attempts)");
  assert.is(hitsOf("/stall"), 2);
});
http("httpGet :: a 500 is retried and the retry succeeds", async () => {
  const r = await httpGet(`${server.url}/flaky`, settings());
  assert.is(r.status === 200 && Buffer.from(r.bytes).toString(), "recovered");
  assert.is(hitsOf("/flaky"), 2);
});
http("httpGet :: retries run out (fail)", async () => {
  assert.is(await fails(httpGet(`${server.url}/down`, settings({ retries: 2 }))), "HTTP 503 Service Unavailable (after 3 attempts)");
  assert.is(hitsOf("/down"), 3);
});
http("httpGet :: a 404 is not retried (fail)", async () => {
  assert.is(await fails(httpGet(`${server.url}/missing`, settings())), "HTTP 404 Not Found");
  assert.is(hitsOf("/missing"), 1);
});
http("httpGet :: redirects are followed and the final URL reported", async () => {
  const r = await httpGet(`${server.url}/moved`, settings());
  assert.is(r.url, `${server.url}/ok`);
});
http("httpGet :: a redirect loop fails without retries (fail)", async () => {
  const before = hitsOf("/loop");
  assert.match(await fails(httpGet(`${server.url}/loop`, settings())), /^request failed: redirect count exceeded$/);
  assert.ok(hitsOf("/loop") - before <= 21, "one attempt's worth of redirects");
});
http("httpGet :: too large by Content-Length or while streaming (fail)", async () => {
  assert.is(await fails(httpGet(`${server.url}/big-declared`, settings())), "larger than the 1 KB limit");
  assert.is(await fails(httpGet(`${server.url}/big-streamed`, settings())), "larger than the 1 KB limit");
});
http("httpGet :: conditional request answered 304", async () => {
  const r = await httpGet(`${server.url}/conditional`, settings(), { etag: '"v1"' });
  assert.is(r.status, 304);
  const fresh = await httpGet(`${server.url}/conditional`, settings(), {});
  assert.is(fresh.status, 200);
});
http("httpGet :: a refused connection is retried, then reported (fail)", async () => {
  const gone = await startServer({});
  const url = `${gone.url}/feed`;
  await gone.close();
  assert.match(await fails(httpGet(url, settings({ retries: 1 }))), /^request failed: .*ECONNREFUSED.* \(after 2 attempts\)$/);
});
http("httpGet :: only http and https (fail)", async () => {
  assert.is(await fails(httpGet("file:///etc/hosts", settings())), "not an http(s) URL (file:)");
  assert.is(await fails(httpGet("not a url", settings())), "not a valid URL");
});

http.run();
