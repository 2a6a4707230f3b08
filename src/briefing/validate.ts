// Checks that a parsed JSON value has the Briefing shape, field by field, so a
// hand-edited or truncated briefing fails with the path of the bad field
// rather than somewhere in the site build.
import type { Briefing } from "./types.ts";

type Check = (v: unknown, path: string) => void;

export class ShapeError extends Error {}

const fail = (path: string, want: string, v: unknown): never => {
  const got = v === null ? "null" : Array.isArray(v) ? "a list" : typeof v;
  throw new ShapeError(`${path}: expected ${want}, found ${got}`);
};
const str: Check = (v, p) => void (typeof v !== "string" && fail(p, "a string", v));
const num: Check = (v, p) => void ((typeof v !== "number" || !Number.isFinite(v)) && fail(p, "a number", v));
const bool: Check = (v, p) => void (typeof v !== "boolean" && fail(p, "true or false", v));
const nullable = (c: Check): Check => (v, p) => void (v !== null && c(v, p));
const oneOf = (...xs: string[]): Check => (v, p) => void (!xs.includes(v as string) && fail(p, `one of ${xs.join("|")}`, v));
const date: Check = (v, p) => void ((typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) && fail(p, "a date YYYY-MM-DD", v));
const list = (c: Check): Check => (v, p) => {
  if (!Array.isArray(v)) return fail(p, "a list", v);
  v.forEach((x, i) => c(x, `${p}[${i}]`));
};
const obj = (fields: Record<string, Check>): Check => (v, p) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return fail(p, "an object", v);
  for (const [k, c] of Object.entries(fields)) c((v as Record<string, unknown>)[k], p ? `${p}.${k}` : k);
};

const kind = oneOf("demand", "rejection", "warning", "offer", "position");
const novelty = oneOf("new", "repeated", "changed");
const source = obj({ article: str, outlet: nullable(str), sentence: str, start: num, end: num, rule: str });
const point = obj({
  kind, actor: str, target: nullable(str), text: str, sources: list(source), support: num, quotesDiffer: bool,
  novelty, firstSeen: nullable(date),
  previous: nullable(obj({ text: str, kind, date, shift: oneOf("harder", "softer", "other") })),
});
const briefing = obj({
  version: (v, p) => void (v !== 1 && fail(p, "version 1", v)),
  date, inputHash: str, previous: nullable(date),
  articles: list(obj({ id: str, file: str, title: nullable(str), source: nullable(str), url: nullable(str), published: nullable(str), author: nullable(str) })),
  stories: list(obj({ id: str, title: str, summary: list(str), articles: list(str), outlets: list(str), actors: list(str), points: list(point) })),
  actors: list(obj({
    name: str, slug: str, kind: oneOf("person", "government", "country", "organisation", "group"), aliases: list(str),
    points: list(obj({ story: str, kind, target: nullable(str), text: str, novelty, sources: list(source) })),
  })),
  quiet: list(obj({ actor: str, text: str, target: nullable(str), lastSeen: date })),
  rejected: list(obj({ file: str, message: str })),
});

/** The value as a Briefing, or a ShapeError naming the first bad field. */
export function validateBriefing(v: unknown): Briefing {
  briefing(v, "");
  return v as Briefing;
}
