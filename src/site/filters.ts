// Template filters: pure functions of their arguments, registered by
// .eleventy.js and tested without Eleventy. Dates go through luxon in the
// configured zone; links go through the site's path prefix.
import { DateTime } from "luxon";

/** "Wednesday, 25 November 2026" for a briefing day (a calendar day, so no zone shift). */
export function dayLabel(day: string, locale = "en-GB"): string {
  const d = DateTime.fromISO(day, { zone: "UTC" });
  return d.isValid ? d.setLocale(locale).toFormat("cccc, d LLLL yyyy") : day;
}

/** "25 Nov 2026" for archive lists. */
export function shortDay(day: string, locale = "en-GB"): string {
  const d = DateTime.fromISO(day, { zone: "UTC" });
  return d.isValid ? d.setLocale(locale).toFormat("d LLL yyyy") : day;
}

/** "25 Nov 2026, 09:30 CET": an instant shown in the site's zone. */
export function dateTime(iso: string | null | undefined, zone: string, locale = "en-GB"): string {
  if (!iso) return "";
  const d = DateTime.fromISO(iso, { setZone: true });
  return d.isValid ? d.setZone(zone).setLocale(locale).toFormat("d LLL yyyy, HH:mm ZZZZ") : iso;
}

/** A site-root path ("/briefings/") under the path prefix ("/brief/") → "/brief/briefings/". */
export function href(path: string, pathPrefix = "/"): string {
  const prefix = pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
  return prefix + path.replace(/^\/+/, "");
}

/** A site-root path made absolute against the site URL (which carries the prefix). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path.replace(/^\/+/, ""), siteUrl.endsWith("/") ? siteUrl : siteUrl + "/").href;
}

const KIND_LABELS: Record<string, string> = {
  demand: "demands",
  rejection: "rejects",
  warning: "warns",
  offer: "offers",
  position: "says",
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "carried by 2 of 3 outlets" — only worth saying when more than one outlet is in play. */
export function carriedBy(support: number, total: number): string {
  if (total <= 1) return "";
  return `carried by ${support} of ${plural(total, "outlet")}`;
}

const SHIFT_WORDS: Record<string, string> = { harder: "harder", softer: "softer" };

/** "repeated, first seen 23 Nov 2026", "harder than on 23 Nov 2026", "new". */
export function noveltyLabel(novelty: string, firstSeen: string | null | undefined, shift?: string | null, since?: string | null): string {
  if (novelty === "repeated") return firstSeen ? `repeated, first seen ${shortDay(firstSeen)}` : "repeated";
  if (novelty === "changed") {
    const how = (shift && SHIFT_WORDS[shift]) ?? "changed";
    return since ? `${how} than on ${shortDay(since)}`.replace(/^changed than on/, "changed since") : how;
  }
  return "new";
}

/** Handlebars passes its options object as the last argument; filters should not see it. */
export function asHelper<A extends unknown[], R>(fn: (...args: A) => R): (...args: unknown[]) => R {
  return (...args: unknown[]) => {
    const last = args[args.length - 1];
    const isOptions = typeof last === "object" && last !== null && "hash" in last && "data" in last;
    return fn(...((isOptions ? args.slice(0, -1) : args) as A));
  };
}
