// Published times as written in front matter, feeds and page metadata -> ISO 8601 and a day.
//   "2025-01-14T23:30:00Z", zone Europe/Berlin     -> day 2025-01-15
//   "Tue, 14 Jan 2025 09:00:00 GMT" (RSS)          -> ISO "2025-01-14T09:00:00Z"
//   "2025-01-14" (a day only)                      -> that day, in any zone
//   "last Tuesday"                                 -> not understood: null
import { DateTime } from "luxon";

export interface Published {
  iso: string;
  day: string;
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parse(raw: string, zone: string): DateTime | null {
  const s = raw.trim();
  const tries = [
    () => DateTime.fromISO(s, { zone, setZone: true }),
    () => DateTime.fromRFC2822(s, { zone, setZone: true }),
    () => DateTime.fromHTTP(s, { zone, setZone: true }),
    () => DateTime.fromSQL(s, { zone, setZone: true }),
    // RFC 822 as some feeds write it: a full month name, or no weekday.
    () => DateTime.fromFormat(s.replace(/^\w{3},\s*/, ""), "d MMMM yyyy HH:mm:ss ZZZ", { zone, setZone: true }),
    () => DateTime.fromFormat(s, "MMMM d, yyyy", { zone }),
    () => DateTime.fromFormat(s, "d MMMM yyyy", { zone }),
  ];
  for (const t of tries) {
    const dt = t();
    if (dt.isValid) return dt;
  }
  return null;
}

export function parsePublished(raw: unknown, zone: string): Published | null {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    const dt = DateTime.fromJSDate(raw, { zone: "UTC" });
    return { iso: dt.toISO({ suppressMilliseconds: true })!, day: dt.setZone(zone).toISODate()! };
  }
  if (typeof raw !== "string" || raw.trim() === "") return null;
  if (DAY_ONLY.test(raw.trim())) {
    const dt = DateTime.fromISO(raw.trim(), { zone });
    return dt.isValid ? { iso: raw.trim(), day: raw.trim() } : null;
  }
  const dt = parse(raw, zone);
  if (!dt) return null;
  return { iso: dt.toISO({ suppressMilliseconds: true })!, day: dt.setZone(zone).toISODate()! };
}

/** A folder name that is a real calendar day. */
export function isDayName(name: string): boolean {
  return DAY_ONLY.test(name) && DateTime.fromISO(name).isValid;
}

/** Today in `zone`, as YYYY-MM-DD. */
export const today = (zone: string, now: Date = new Date()): string => DateTime.fromJSDate(now).setZone(zone).toISODate()!;
