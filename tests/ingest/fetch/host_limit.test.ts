import { suite } from "uvu";
import * as assert from "uvu/assert";
import { HostLimiter } from "../../../src/ingest/fetch/host_limit.ts";

const hl = suite("HostLimiter");
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function peak(limiter: HostLimiter, urls: string[]): Promise<Map<string, number>> {
  const active = new Map<string, number>();
  const most = new Map<string, number>();
  await Promise.all(
    urls.map((url) =>
      limiter.run(url, async () => {
        const host = new URL(url).host;
        active.set(host, (active.get(host) ?? 0) + 1);
        most.set(host, Math.max(most.get(host) ?? 0, active.get(host)!));
        await tick(5);
        active.set(host, active.get(host)! - 1);
      }),
    ),
  );
  return most;
}

hl("HostLimiter :: never more than perHost at once on one host", async () => {
  const most = await peak(new HostLimiter(2), Array.from({ length: 7 }, (_, i) => `http://a.example.org/${i}`));
  assert.is(most.get("a.example.org"), 2);
});
hl("HostLimiter :: hosts do not wait for each other", async () => {
  const most = await peak(new HostLimiter(1), ["http://a.example.org/1", "http://b.example.org/1", "http://a.example.org/2", "http://b.example.org/2"]);
  assert.is(most.get("a.example.org"), 1);
  assert.is(most.get("b.example.org"), 1);
});
hl("HostLimiter :: a failing task frees its slot", async () => {
  const limiter = new HostLimiter(1);
  await limiter.run("http://a.example.org/", async () => Promise.reject(new Error("boom"))).catch(() => {});
  assert.is(await limiter.run("http://a.example.org/", async () => "next"), "next");
});
hl.run();
