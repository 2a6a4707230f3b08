// The one configuration: site metadata for pages and feeds, where articles and
// briefings live, and the operator's own dictionaries and feeds.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { IANAZone } from "luxon";

export const CONFIG_FILE = "daybrief.config.json";

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute URL of the site's root, path prefix included (https://example.org/brief/). */
  url: string;
  /** Path the site is served under, derived from `url` ("/brief/"). */
  pathPrefix: string;
  language: string;
  /** IANA zone in which days begin and dates are shown. */
  timeZone: string;
  author: string;
}

export interface FeedSource {
  url: string;
  name?: string;
}

export interface FetchConfig {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  perHost: number;
}

export interface DaybriefConfig {
  /** Folder the configuration was read from; relative paths resolve against it. */
  root: string;
  site: SiteConfig;
  /** The article store: one folder per day. */
  store: string;
  /** Where digested briefings are written, one JSON document per day. */
  briefings: string;
  output: string;
  /** Extra dictionary files of the operator's, loaded after the shipped ones. */
  dictionaries: string[];
  /** Summarizer rules switched off by name. */
  disabledRules: string[];
  /** Largest article file accepted, in bytes. */
  maxArticleBytes: number;
  feeds: FeedSource[];
  fetch: FetchConfig;
}

export class ConfigError extends Error {}

export interface ConfigOverrides {
  input?: string;
  output?: string;
  briefings?: string;
}

const DEFAULT_SITE: Omit<SiteConfig, "pathPrefix"> = {
  title: "Daybrief",
  description: "A daily briefing of who demands what.",
  url: "http://localhost:8080/",
  language: "en",
  timeZone: "UTC",
  author: "Daybrief",
};

export const DEFAULT_FETCH: FetchConfig = {
  userAgent: "Daybrief/0.1 (+https://github.com/daybrief)",
  timeoutMs: 15000,
  retries: 2,
  maxBytes: 5 * 1024 * 1024,
  perHost: 2,
};

type Json = Record<string, unknown>;

function field<T>(obj: Json, key: string, type: "string" | "number" | "object", fallback: T, file: string): T {
  const v = obj[key];
  if (v === undefined) return fallback;
  const ok = type === "object" ? typeof v === "object" && v !== null && !Array.isArray(v) : typeof v === type;
  if (!ok) throw new ConfigError(`${file}: "${key}" must be a ${type}`);
  return v as T;
}

function stringList(obj: Json, key: string, file: string): string[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new ConfigError(`${file}: "${key}" must be a list of strings`);
  return v as string[];
}

export function pathPrefixOf(url: string): string {
  const path = new URL(url).pathname;
  return path.endsWith("/") ? path : path + "/";
}

function siteOf(raw: Json, file: string): SiteConfig {
  const s = field<Json>(raw, "site", "object", {}, file);
  const site = { ...DEFAULT_SITE };
  for (const key of Object.keys(DEFAULT_SITE) as (keyof typeof DEFAULT_SITE)[]) site[key] = field(s, key, "string", site[key], file);
  try {
    new URL(site.url);
  } catch {
    throw new ConfigError(`${file}: site.url is not an absolute URL: ${site.url}`);
  }
  if (!site.url.endsWith("/")) site.url += "/";
  if (!IANAZone.isValidZone(site.timeZone)) throw new ConfigError(`${file}: site.timeZone is not a known time zone: ${site.timeZone}`);
  return { ...site, pathPrefix: pathPrefixOf(site.url) };
}

function feedsOf(raw: Json, file: string): FeedSource[] {
  const v = raw.feeds ?? [];
  if (!Array.isArray(v)) throw new ConfigError(`${file}: "feeds" must be a list`);
  return v.map((f, i) => {
    const feed = typeof f === "string" ? { url: f } : f;
    if (typeof feed?.url !== "string") throw new ConfigError(`${file}: feeds[${i}] needs a "url"`);
    return feed as FeedSource;
  });
}

/** Read the configuration of the project at `cwd`; a missing file means the defaults. */
export function loadConfig(cwd = process.cwd(), overrides: ConfigOverrides = {}): DaybriefConfig {
  const file = join(cwd, CONFIG_FILE);
  let raw: Json = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new ConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${file}: must hold a JSON object`);
  }
  const at = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const store = at(overrides.input ?? field(raw, "store", "string", "articles", file));
  // Briefings sit beside the store they were digested from, so another store
  // never writes into this project's published briefings.
  const briefings = overrides.briefings
    ? at(overrides.briefings)
    : overrides.input
      ? join(dirname(store), "briefings")
      : at(field(raw, "briefings", "string", "briefings", file));
  const fetchRaw = field<Json>(raw, "fetch", "object", {}, file);
  const fetch = { ...DEFAULT_FETCH };
  for (const key of Object.keys(DEFAULT_FETCH) as (keyof FetchConfig)[])
    (fetch as Record<string, unknown>)[key] = field(fetchRaw, key, typeof DEFAULT_FETCH[key] as "string" | "number", DEFAULT_FETCH[key], file);
  return {
    root: cwd,
    site: siteOf(raw, file),
    store,
    briefings,
    output: at(overrides.output ?? field(raw, "output", "string", "_site", file)),
    dictionaries: stringList(raw, "dictionaries", file).map(at),
    disabledRules: stringList(raw, "disabledRules", file),
    maxArticleBytes: field(raw, "maxArticleBytes", "number", 5 * 1024 * 1024, file),
    feeds: feedsOf(raw, file),
    fetch,
  };
}
