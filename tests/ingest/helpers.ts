// Shared by the ingest tests: temporary folders, fixtures, and a real HTTP server on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestOptions } from "../../src/ingest/options.ts";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
export const fixture = (name: string) => join(FIXTURES, name);

export const OPTS: IngestOptions = { timeZone: "Europe/Berlin", maxBytes: 5 * 1024 * 1024 };

export const tempDir = (prefix = "daybrief-ingest-") => mkdtempSync(join(tmpdir(), prefix));

/** Write `data` at `dir/name`, creating folders; returns the path. */
export function put(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  return path;
}

export interface TestServer {
  url: string;
  /** Requests seen, in order: path and headers. */
  hits: { path: string; headers: IncomingMessage["headers"] }[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** An HTTP server on 127.0.0.1 with a free port; `routes` maps a path (query ignored) to its handler. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits: TestServer["hits"] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push({ path, headers: req.headers });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const route = routes[path.split("?")[0]!];
    if (route) route(req, res, n);
    else res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
