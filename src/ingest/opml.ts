// OPML subscription lists -> feed sources, and adding them to daybrief.config.json.
//   <outline text="Example" xmlUrl="https://x.org/feed"/>   -> { url: "https://x.org/feed", name: "Example" }
//   nested folders of outlines                             -> flattened, each URL once
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { decodeXML } from "entities";
import type { FeedSource } from "../config.ts";
import type { IngestError } from "./article.ts";
import { writeFileAtomic } from "./atomic.ts";
import { decodeBytes } from "./decode.ts";
import { xmlProblem } from "./feed_xml.ts";
import { urlKey } from "./fetch/store_index.ts";
import { DEFAULT_MAX_BYTES } from "./options.ts";
import { readBytes } from "./read.ts";

type X = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", processEntities: false, parseAttributeValue: false, isArray: (n) => n === "outline" });

export interface OpmlResult {
  feeds: FeedSource[];
  errors: IngestError[];
}

const attr = (o: X, k: string) => (typeof o[k] === "string" && (o[k] as string).trim() ? decodeXML((o[k] as string).trim()) : null);

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function parseOpml(xml: string, file: string): OpmlResult {
  const problem = xmlProblem(xml);
  if (problem) return { feeds: [], errors: [{ file, message: problem }] };
  const doc = parser.parse(xml) as X;
  if (!doc.opml) return { feeds: [], errors: [{ file, message: "not an OPML file: no <opml> root element" }] };
  const body = (doc.opml as X).body as X | undefined;
  const out: OpmlResult = { feeds: [], errors: [] };
  const seen = new Set<string>();
  const walk = (outlines: unknown) => {
    for (const o of (Array.isArray(outlines) ? outlines : []) as X[]) {
      const url = attr(o, "xmlUrl");
      const name = attr(o, "title") ?? attr(o, "text");
      if (url) {
        if (!isHttpUrl(url)) out.errors.push({ file, message: `outline "${name ?? url}": xmlUrl is not an http(s) URL: ${url}` });
        else if (!seen.has(urlKey(url))) {
          seen.add(urlKey(url));
          out.feeds.push(name ? { url, name } : { url });
        }
      }
      walk(o.outline);
    }
  };
  walk(body?.outline);
  if (out.feeds.length === 0 && out.errors.length === 0) out.errors.push({ file, message: "no feeds in the OPML file (no outline has an xmlUrl)" });
  return out;
}

export async function importOpml(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<OpmlResult> {
  const bytes = await readBytes(path, maxBytes);
  if (typeof bytes === "string") return { feeds: [], errors: [{ file: path, message: bytes }] };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { feeds: [], errors: [{ file: path, message: decoded.message }] };
  return parseOpml(decoded.text, path);
}

/** Append the feeds the configuration does not list yet; other settings are left as they are. */
export async function addFeedsToConfig(configFile: string, feeds: FeedSource[]): Promise<{ added: FeedSource[]; total: number }> {
  let raw: X = {};
  try {
    raw = JSON.parse(await readFile(configFile, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`${configFile}: not valid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${configFile}: must hold a JSON object`);
  const existing = Array.isArray(raw.feeds) ? (raw.feeds as unknown[]) : [];
  const known = new Set(existing.map((f) => urlKey(typeof f === "string" ? f : String((f as X)?.url ?? ""))));
  const added = feeds.filter((f) => {
    if (known.has(urlKey(f.url))) return false;
    known.add(urlKey(f.url));
    return true;
  });
  if (added.length) await writeFileAtomic(configFile, JSON.stringify({ ...raw, feeds: [...existing, ...added] }, null, 2) + "\n");
  return { added, total: existing.length + added.length };
}
