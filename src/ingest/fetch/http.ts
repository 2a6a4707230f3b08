// One polite GET: a user agent, a timeout that covers the whole body, a size cap checked while
// the body streams in, conditional headers, retries with exponential backoff for what may pass
// (timeouts, dropped connections, 5xx, 429), and the per-host limit around every attempt.
import { decodeBytes } from "../decode.ts";
import { normalizeText } from "../normalize.ts";
import { tooLarge } from "../options.ts";
import type { HostLimiter } from "./host_limit.ts";

export interface HttpSettings {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  /** Wait before the first retry; doubled for each further one. */
  backoffMs: number;
  limiter: HostLimiter;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type HttpResponse =
  | { status: 200; url: string; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null }
  | { status: 304; url: string };

export class HttpError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
// A server asking for a longer pause than this is not waited for.
const MAX_RETRY_AFTER_MS = 30_000;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${ms / 1000} s`);

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const s = Number(header);
  const ms = Number.isFinite(s) ? s * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : null;
}

async function readCapped(body: ReadableStream<Uint8Array> | null, max: number, abort: () => void): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      abort();
      throw new HttpError(tooLarge(max), false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Why a request failed, from the error fetch throws (the useful part is in its cause). */
function networkError(e: unknown): HttpError {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.message ?? (e as Error).message;
  // System errors (refused, reset, DNS) may pass; redirect loops and bad URLs will not.
  return new HttpError(`request failed: ${detail}`, typeof cause?.code === "string");
}

async function attempt(url: string, s: HttpSettings, v: Validators): Promise<HttpResponse> {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, s.timeoutMs);
  try {
    const headers: Record<string, string> = { "user-agent": s.userAgent, accept: ACCEPT };
    if (v.etag) headers["if-none-match"] = v.etag;
    if (v.lastModified) headers["if-modified-since"] = v.lastModified;
    const res = await fetch(url, { headers, signal: ctl.signal, redirect: "follow" });
    if (res.status === 304) {
      await res.body?.cancel();
      return { status: 304, url: res.url || url };
    }
    if (!res.ok) {
      await res.body?.cancel();
      const transient = res.status >= 500 || res.status === 429 || res.status === 408;
      throw new HttpError(`HTTP ${res.status}${res.statusText ? " " + res.statusText : ""}`, transient, retryAfter(res.headers.get("retry-after")));
    }
    const declared = Number(res.headers.get("content-length"));
    if (declared > s.maxBytes) {
      ctl.abort();
      throw new HttpError(tooLarge(s.maxBytes), false);
    }
    const bytes = await readCapped(res.body, s.maxBytes, () => ctl.abort());
    const h = res.headers;
    return { status: 200, url: res.url || url, bytes, contentType: h.get("content-type"), etag: h.get("etag"), lastModified: h.get("last-modified") };
  } catch (e) {
    if (timedOut) throw new HttpError(`no complete answer within ${seconds(s.timeoutMs)} (timed out)`, true);
    throw e instanceof HttpError ? e : networkError(e);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function httpGet(url: string, s: HttpSettings, v: Validators = {}): Promise<HttpResponse> {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new HttpError("not a valid URL", false);
  }
  if (protocol !== "http:" && protocol !== "https:") throw new HttpError(`not an http(s) URL (${protocol})`, false);
  for (let n = 0; ; n++) {
    try {
      return await s.limiter.run(url, () => attempt(url, s, v));
    } catch (e) {
      const err = e as HttpError;
      if (!err.retryable || n >= s.retries) throw n > 0 ? new HttpError(`${err.message} (after ${n + 1} attempts)`, false) : err;
      await sleep(err.retryAfterMs ?? s.backoffMs * 2 ** n);
    }
  }
}

const charsetOf = (contentType: string | null) => /charset=["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ?? null;

/** A page rather than a feed: by its declared type, else by how its text begins. */
export const isHtmlResponse = (contentType: string | null, text: string) =>
  /html/i.test(contentType ?? "") && !/xml/i.test(contentType ?? "") ? true : /^\s*(<!doctype html|<html[\s>])/i.test(text);

/** GET a URL and decode it to normalised text; failures throw with a message for the caller's error. */
export async function getText(url: string, s: HttpSettings, validators: Validators = {}) {
  const res = await httpGet(url, s, validators);
  if (res.status === 304) return res;
  const decoded = decodeBytes(res.bytes, charsetOf(res.contentType));
  if (!decoded.ok) throw new Error(decoded.message);
  return { ...res, text: normalizeText(decoded.text) };
}
