// The filters the templates may use, under their template names, wrapped so
// Handlebars' trailing options argument never reaches them.
import { dateToRfc3339, dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import { absoluteUrl, asHelper, carriedBy, dateTime, dayLabel, href, kindLabel, noveltyLabel, plural, shortDay } from "./filters.ts";

export const FILTERS = {
  dayLabel: asHelper(dayLabel),
  shortDay: asHelper(shortDay),
  dateTime: asHelper(dateTime),
  href: asHelper(href),
  absolute: asHelper(absoluteUrl),
  kindLabel: asHelper(kindLabel),
  plural: asHelper(plural),
  carriedBy: asHelper(carriedBy),
  noveltyLabel: asHelper(noveltyLabel),
  dateToRfc822: asHelper((d: Date) => dateToRfc822(d)),
  dateToRfc3339: asHelper((d: Date) => dateToRfc3339(d)),
  json: asHelper((value: unknown) => JSON.stringify(value, null, 2) + "\n"),
  concat: asHelper((...parts: unknown[]) => parts.join("")),
};
