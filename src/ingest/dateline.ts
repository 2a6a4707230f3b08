// The dateline that opens a wire story: place, optional date, optional agency, then a dash.
//   "LINDVIK, Mar 3 (Northwire) – The port said..." -> place LINDVIK, date "Mar 3", agency Northwire
//   "New York, (APP) – The envoy..."                -> place "New York", agency APP
//   "BRUSSELS/ROME (AP) — Ministers..."             -> place "BRUSSELS/ROME", agency AP
//   "WASHINGTON — The president..."                 -> place WASHINGTON, no agency
//   "NATO — the alliance — said..."                 -> none: without an agency the place must be
//                                                      an all-caps name of five letters or more
//   "Russia – which has..."                         -> none
//   "Volkov (pictured) – the minister..."           -> none: an aside, not an agency

export interface Dateline {
  /** The dateline as written, without its dash ("LINDVIK, Mar 3 (Northwire)"). */
  text: string;
  place: string;
  date: string | null;
  agency: string | null;
  /** The paragraph with the dateline taken off. */
  rest: string;
}

const PLACE = String.raw`(?<place>\p{Lu}[\p{L}'.-]*(?:[ /]\p{Lu}[\p{L}'.-]*){0,3})`;
const DATE = String.raw`(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}(?:\s+\d{4})?))?`;
const AGENCY = String.raw`(?:,?\s*\((?<agency>[\p{L}][\p{L} .&/-]{0,30})\))?`;
const DASH = String.raw`\s*[-–—]{1,2}\s+`;
const DATELINE = new RegExp(`^${PLACE}${DATE}${AGENCY}${DASH}(?=\\S)`, "u");

const isAllCaps = (s: string) => s === s.toUpperCase();

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  const g = m?.groups;
  if (!m || !g?.place) return null;
  const agency = g.agency?.trim() || null;
  const date = g.date ?? null;
  const letters = g.place.replace(/[^\p{L}]/gu, "").length;
  if (!agency && !(isAllCaps(g.place) && (date || letters >= 5))) return null;
  // "(Northwire)", "(dpa)" name an agency; "(pictured)" is an aside.
  if (agency && !/^\p{Lu}/u.test(agency) && agency.length > 4) return null;
  const text = m[0].replace(new RegExp(DASH + "$", "u"), "").trim();
  return { text, place: g.place, date, agency, rest: paragraph.slice(m[0].length) };
}
