// How files are read: the zone that decides an article's day and the size cap per file.
import type { FetchConfig } from "../config.ts";

export interface IngestOptions {
  /** IANA zone in which a published time is turned into the article's day. */
  timeZone: string;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** How URLs given in place of files are fetched; the defaults of the configuration when absent. */
  fetch?: FetchConfig;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const defaultIngestOptions = (over: Partial<IngestOptions> = {}): IngestOptions => ({
  timeZone: "UTC",
  maxBytes: DEFAULT_MAX_BYTES,
  ...over,
});

/** "5 MB", "64 KB", "900 bytes": sizes as a person reads them in an error message. */
export function formatBytes(n: number): string {
  const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (n >= 1024 * 1024) return `${round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${round(n / 1024)} KB`;
  return `${n} bytes`;
}

export const tooLarge = (max: number) => `larger than the ${formatBytes(max)} limit`;
