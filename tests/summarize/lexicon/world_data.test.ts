// Shape and facts of the world-knowledge data files (countries, regions, organisations).
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";

const DATA = new URL("../../../src/summarize/lexicon/data/", import.meta.url);

interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string;
  capitalAliases: string[];
  seats: string[];
  code: string;
  ambiguous?: boolean;
}

interface Organisation {
  name: string;
  kind: "organisation" | "group";
  aliases: string[];
  members: string[];
  seats?: string[];
  seat_for?: string[];
  ambiguous?: boolean;
}

interface DataFile {
  about: unknown;
  entries: unknown;
}

const COUNTRY_LISTS = ["aliases", "demonyms", "capitalAliases", "seats"] as const;
const COUNTRY_KEYS = new Set(["name", "capital", "code", "ambiguous", ...COUNTRY_LISTS]);
const ORG_KEYS = new Set(["name", "kind", "aliases", "members", "seats", "seat_for", "ambiguous"]);

function read(file: string): DataFile {
  return JSON.parse(readFileSync(new URL(file, DATA), "utf8")) as DataFile;
}

interface Region {
  name: string;
  kind: "government";
  country: string;
  aliases: string[];
  demonyms: string[];
}

const countryFile = read("countries.json");
const regionFile = read("regions.json");
const orgFile = read("organisations.json");
const countries = countryFile.entries as Country[];
const regions = regionFile.entries as Region[];
const orgs = orgFile.entries as Organisation[];
const REGION_KEYS = new Set(["name", "kind", "country", "aliases", "demonyms"]);

/** Problems with one string field: missing, empty or padded. */
function stringProblem(value: unknown): string | null {
  if (typeof value !== "string") return "not a string";
  if (value.trim() === "") return "empty";
  if (value !== value.trim() || /\s{2}/.test(value)) return "stray whitespace";
  return null;
}

/** Problems with a list of strings, including repeats inside the list. */
function listProblems(label: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [`${label}: not an array`];
  const problems = value.flatMap((item, i) => {
    const p = stringProblem(item);
    return p ? [`${label}[${i}]: ${p}`] : [];
  });
  if (new Set(value).size !== value.length) problems.push(`${label}: repeated item`);
  return problems;
}

function unknownKeys(entry: object, known: Set<string>): string[] {
  return Object.keys(entry).filter((k) => !known.has(k)).map((k) => `unknown field ${k}`);
}

function countryProblems(c: Country): string[] {
  const problems = unknownKeys(c, COUNTRY_KEYS);
  for (const key of ["name", "capital"] as const) {
    const p = stringProblem(c[key]);
    if (p) problems.push(`${key}: ${p}`);
  }
  for (const key of COUNTRY_LISTS) problems.push(...listProblems(key, c[key]));
  if (typeof c.code !== "string" || !/^[A-Z]{2}$/.test(c.code)) problems.push(`code: ${String(c.code)}`);
  if (c.ambiguous !== undefined && typeof c.ambiguous !== "boolean") problems.push("ambiguous: not a boolean");
  return problems;
}

function orgProblems(o: Organisation): string[] {
  const problems = unknownKeys(o, ORG_KEYS);
  const p = stringProblem(o.name);
  if (p) problems.push(`name: ${p}`);
  if (o.kind !== "organisation" && o.kind !== "group") problems.push(`kind: ${String(o.kind)}`);
  problems.push(...listProblems("aliases", o.aliases), ...listProblems("members", o.members));
  if (o.seats !== undefined) problems.push(...listProblems("seats", o.seats));
  if (o.seat_for !== undefined) {
    problems.push(...listProblems("seat_for", o.seat_for));
    if (o.seats === undefined) problems.push("seat_for: no seats to share");
    for (const name of o.seat_for) if (!orgs.some((x) => x.name === name)) problems.push(`seat_for: no entry named ${name}`);
  }
  if (o.ambiguous !== undefined && typeof o.ambiguous !== "boolean") problems.push("ambiguous: not a boolean");
  return problems;
}

function countryForms(c: Country): string[] {
  return [c.name, c.capital, ...c.aliases, ...c.demonyms, ...c.capitalAliases, ...c.seats];
}

function report(problems: Array<[string, string[]]>): string {
  return problems
    .filter(([, list]) => list.length > 0)
    .map(([who, list]) => `${who}: ${list.join("; ")}`)
    .join("\n");
}

test("files :: carry an about note and an entries array", () => {
  for (const [file, data] of [["countries.json", countryFile], ["regions.json", regionFile], ["organisations.json", orgFile]] as const) {
    assert.type(data.about, "string", `${file} about`);
    assert.ok((data.about as string).length > 200, `${file} about note is too short`);
    assert.ok(Array.isArray(data.entries), `${file} entries`);
  }
});

test("countries :: every entry has the required fields of the right types", () => {
  const bad = report(countries.map((c) => [c.name ?? JSON.stringify(c), countryProblems(c)]));
  assert.is(bad, "", `\n${bad}`);
});

test("organisations :: every entry has the required fields of the right types", () => {
  const bad = report(orgs.map((o) => [o.name ?? JSON.stringify(o), orgProblems(o)]));
  assert.is(bad, "", `\n${bad}`);
});

test("countries :: UN members, observers, Taiwan and Kosovo are all there", () => {
  assert.ok(countries.length >= 195, `only ${countries.length} countries`);
  for (const name of ["Vatican", "Palestine", "Taiwan", "Kosovo", "Tuvalu", "South Sudan"]) {
    assert.ok(countries.some((c) => c.name === name), `missing ${name}`);
  }
});

test("countries :: self-governing territories whose governments act in the news are there", () => {
  for (const name of ["Greenland", "Faroe Islands", "Hong Kong", "Puerto Rico"]) {
    assert.ok(countries.some((c) => c.name === name), `missing ${name}`);
  }
});

test("countries :: ISO codes are unique", () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const c of countries) {
    const other = seen.get(c.code);
    if (other) clashes.push(`${c.code}: ${other} / ${c.name}`);
    seen.set(c.code, c.name);
  }
  assert.equal(clashes, []);
});

test("both files :: no surface form belongs to two entries", () => {
  const owners = new Map<string, Set<string>>();
  const add = (form: string, owner: string) => {
    const key = form.toLowerCase();
    owners.set(key, (owners.get(key) ?? new Set()).add(owner));
  };
  for (const c of countries) for (const f of countryForms(c)) add(f, `country ${c.name}`);
  for (const o of orgs) for (const f of [o.name, ...o.aliases]) add(f, `organisation ${o.name}`);
  for (const r of regions) for (const f of [r.name, ...r.aliases, ...r.demonyms]) add(f, `region ${r.name}`);
  // A body's seat may be a country's capital ("Brussels"): the seat outranks the capital by design.
  const capitals = new Set(countries.flatMap((c) => [c.capital, ...c.capitalAliases]).map((f) => f.toLowerCase()));
  for (const o of orgs) for (const f of o.seats ?? []) if (!capitals.has(f.toLowerCase())) add(f, `organisation ${o.name}`);
  const clashes = [...owners].filter(([, who]) => who.size > 1).map(([f, who]) => `"${f}": ${[...who].join(" / ")}`);
  if (clashes.length > 0) console.log(`surface form clashes:\n${clashes.join("\n")}`);
  assert.equal(clashes, []);
});

test("regions :: every entry is a government of a country the countries file names", () => {
  const names = new Set(countries.map((c) => c.name));
  const bad = report(regions.map((r) => {
    const problems = unknownKeys(r, REGION_KEYS);
    const p = stringProblem(r.name);
    if (p) problems.push(`name: ${p}`);
    if (r.kind !== "government") problems.push(`kind: ${String(r.kind)}`);
    if (!names.has(r.country)) problems.push(`country: ${String(r.country)} is no country's name`);
    problems.push(...listProblems("aliases", r.aliases), ...listProblems("demonyms", r.demonyms));
    return [r.name ?? JSON.stringify(r), problems];
  }));
  assert.is(bad, "", `\n${bad}`);
});

test("regions :: the names a region shares with a capital, a country or a first name are left out", () => {
  // A state named like a country's capital or a country would take that name's reading ("Washington", "Georgia").
  const taken = new Set(countries.flatMap((c) => [c.name, c.capital, ...c.aliases, ...c.capitalAliases]).map((f) => f.toLowerCase()));
  const clashes = regions.flatMap((r) => [r.name, ...r.aliases].filter((f) => taken.has(f.toLowerCase())));
  assert.equal(clashes, []);
  for (const name of ["Washington", "Georgia", "New York", "Victoria", "Virginia", "Alberta"]) assert.not.ok(regions.some((r) => r.name === name), name);
});

test("organisations :: members are canonical country names", () => {
  const names = new Set(countries.map((c) => c.name));
  const unknown = orgs.flatMap((o) => o.members.filter((m) => !names.has(m)).map((m) => `${o.name}: ${m}`));
  assert.equal(unknown, []);
});

test("both files :: contextual phrases are left to rules", () => {
  const contextual = ["the alliance", "the bloc", "the union", "the kingdom", "the country", "the government", "the west"];
  const all = [...countries.flatMap(countryForms), ...orgs.flatMap((o) => [o.name, ...o.aliases])];
  assert.equal(all.filter((f) => contextual.includes(f.toLowerCase())), []);
});

const country = (name: string): Country => {
  const found = countries.find((c) => c.name === name);
  if (!found) throw new Error(`no country named ${name}`);
  return found;
};
const org = (name: string): Organisation => {
  const found = orgs.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation named ${name}`);
  return found;
};

const COUNTRY_FACTS: Array<[string, (c: Country) => boolean, string]> = [
  ["Ukraine", (c) => c.capital === "Kyiv" && c.capitalAliases.includes("Kiev"), "capital Kyiv, also Kiev"],
  ["Russia", (c) => c.seats.includes("the Kremlin") && c.capital === "Moscow", "the Kremlin, Moscow"],
  ["United States", (c) => c.aliases.includes("U.S.") && c.seats.includes("the White House"), "U.S., the White House"],
  ["United States", (c) => c.capital === "Washington" && c.code === "US", "Washington, US"],
  ["United Kingdom", (c) => c.demonyms.includes("British") && c.aliases.includes("Britain") && c.code === "GB", "British, Britain, GB"],
  ["United Kingdom", (c) => c.seats.includes("Downing Street"), "Downing Street"],
  ["France", (c) => c.seats.includes("the Elysee") && c.capital === "Paris", "the Elysee, Paris"],
  ["Netherlands", (c) => c.capital === "Amsterdam" && c.seats.includes("The Hague") && c.demonyms.includes("Dutch"), "Amsterdam, The Hague"],
  ["China", (c) => c.capital === "Beijing" && c.seats.includes("Zhongnanhai"), "Beijing, Zhongnanhai"],
  ["Kosovo", (c) => c.code === "XK", "code XK"],
  ["Myanmar", (c) => c.aliases.includes("Burma"), "alias Burma"],
  ["Philippines", (c) => c.demonyms.includes("Filipino"), "demonym Filipino"],
  ["Turkey", (c) => c.aliases.includes("Türkiye") && c.ambiguous === true, "Türkiye, ambiguous"],
  ["Chad", (c) => c.ambiguous === true, "ambiguous"],
  ["Georgia", (c) => c.ambiguous === true && c.capital === "Tbilisi", "ambiguous, Tbilisi"],
  ["Germany", (c) => c.ambiguous !== true && c.capital === "Berlin", "not ambiguous, Berlin"],
];

for (const [name, holds, what] of COUNTRY_FACTS) {
  test(`facts :: ${name}: ${what}`, () => {
    assert.ok(holds(country(name)), `${name}: expected ${what}`);
  });
}

const ORG_FACTS: Array<[string, (o: Organisation) => boolean, string]> = [
  ["OSCE", (o) => o.kind === "organisation", "is an organisation"],
  ["NATO", (o) => o.aliases.includes("North Atlantic Treaty Organization"), "expands to North Atlantic Treaty Organization"],
  ["United Nations", (o) => ["UN", "U.N.", "the UN"].every((a) => o.aliases.includes(a)), "UN, U.N., the UN"],
  ["European Union", (o) => o.aliases.includes("EU"), "EU"],
  ["World Health Organization", (o) => o.aliases.includes("World Health Organisation"), "British spelling"],
  ["International Criminal Court", (o) => o.aliases.includes("ICC"), "ICC"],
  ["G7", (o) => o.members.length === 7 && o.members.includes("Japan"), "seven members, Japan among them"],
  ["Doctors Without Borders", (o) => o.aliases.includes("MSF"), "MSF"],
  ["European Union", (o) => o.seats?.includes("Brussels") === true, "seat Brussels"],
  ["Bank of England", (o) => o.seats?.includes("Threadneedle Street") === true, "seat Threadneedle Street"],
  ["G77 and China", (o) => o.kind === "group", "a negotiating bloc of countries"],
];

for (const [name, holds, what] of ORG_FACTS) {
  test(`facts :: ${name}: ${what}`, () => {
    assert.ok(holds(org(name)), `${name}: expected ${what}`);
  });
}

test("organisations :: between 60 and 160 entries", () => {
  assert.ok(orgs.length >= 60 && orgs.length <= 160, `${orgs.length} organisations`);
});

test.run();
