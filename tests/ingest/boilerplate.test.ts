import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DataFileError } from "../../src/knowledge/data_file.ts";
import { boilerplateMatcher, DEFAULT_BOILERPLATE_FILE, loadBoilerplate, matchBoilerplate, parseBoilerplate, type BoilerplateRule } from "../../src/ingest/boilerplate.ts";

const rules = loadBoilerplate();
const match = suite("matchBoilerplate");

// [paragraph, rule expected to remove it, or null for text that must be kept]
const table: [string, string | null][] = [
  ["See also: Ferry strike enters its second week", "see_also"],
  ["Read more about the harbour dispute", "see_also"],
  ["Related coverage", "related_links"],
  ["Continue reading →", "continue_reading"],
  ["Subscribe to our weekly newsletter for the best of the valley.", "subscribe_prompt"],
  ["Log in", "subscribe_button"],
  ["Sign up now", "subscribe_prompt"],
  ["Discover more from The Hill Chronicle", "discover_more"],
  ["Leave a Reply", "comment_form"],
  ["Your email address will not be published.", "email_not_published"],
  ["Share on WhatsApp", "share_prompt"],
  ["Follow us on X for live updates", "follow_prompt"],
  ["© 2025 The Hill Chronicle", "copyright"],
  ["The Hill Chronicle 2025. All Rights Reserved.", "all_rights_reserved"],
  ["This website uses cookies so that we can give you the best experience.", "cookie_notice"],
  // Links to cookie settings: the words within 200 characters of each end, and no line break.
  ["Read our cookie policy and manage your settings.", "cookie_notice"],
  ["You can ACCEPT ALL COOKIES or choose.", "cookie_notice"],
  ["x".repeat(199) + " cookie settings", "cookie_notice"],
  ["x".repeat(200) + " cookie settings", null],
  ["cookie settings " + "x".repeat(199), "cookie_notice"],
  ["cookie settings " + "x".repeat(200), null],
  ["Manage\ncookie preferences", null],
  ["Our cookie jar recipe won the fair.", null],
  ["The ministry's cookie-settings page", null],
  ["Photo: Courtesy of the port authority", "photo_credit"],
  ["Image by the ministry press office", "photo_credit"],
  ["Delegates arrive at the venue. REUTERS/Staff", "agency_photo_credit"],
  ["Reporting by A. Writer; Editing by B. Editor", "agency_trailer"],
  ["By Mira Holt and Ton Bakker", "byline"],
  ["Advertisement", "advertisement"],
  ["3 min read", "article_chrome"],
  ["The post Harbour deal stalls appeared first on Hill Chronicle.", "appeared_first_on"],
  // Openings: any line of up to 200 characters that begins with them.
  ["More from the valley", "link_list"],
  ["Related: Harbour deal stalls again", "link_list"],
  ["Recommended reading: the ferry dispute explained", "link_list"],
  ["Click here for the full timetable", "reader_prompt"],
  ["Follow our live coverage of the vote", "reader_prompt"],
  ["Get the latest on the harbour talks", "reader_prompt"],
  ["Subscribe to The Hill Chronicle", "account_prompt"],
  ["Sign up for the Valley Letter at example.org/letter.", "account_prompt"],
  ["Comments (3)", "comment_line"],
  ["Caption: The pier at low tide", "media_label"],
  ["Watch: the mayor's statement", "media_label"],
  ["This story was updated with the council's reply.", "article_note"],
  ["Originally published by the Valley Gazette", "article_note"],
  ["Updated: Monday evening", "article_note"],
  ["Posted in Harbour, Politics", "article_note"],
  ["Newsletters", "site_notice"],
  ["Cookies are small files stored on your device.", "site_notice"],
  ["Privacy policy", "site_notice"],
  ["All rights reserved. Reproduction without permission is prohibited.", "site_notice"],
  ["Source: Valley Statistics Office", "source_note"],
  // Reporting that mentions the same words must survive.
  ["The minister said she would read more of the report before the vote.", null],
  ["Related talks in the capital ended without a statement.", null],
  ["The agency told AFP that the port would reopen.", null],
  ["Subscribers to the ferry pass will pay less, the operator said.", null],
  ["By Tuesday, the two sides had agreed on a timetable.", null],
  ["Copyright law was not part of the talks, the envoy said.", null],
  ["Share prices fell after the announcement.", null],
  ["Recommended changes to the harbour law were adopted.", null],
  ["Sponsored by two councillors, the motion passed.", null],
  ["Following the vote, the council adjourned.", null],
  ["Sources said the council would meet again.", null],
  ["Updated figures show more ferry passengers.", null],
  ["Watchdogs said the harbour fees were too high.", null],
];
for (const [text, rule] of table)
  match(`matchBoilerplate :: ${rule ?? "kept"} :: ${text}`, () => {
    assert.is(matchBoilerplate(text, rules)?.rule.name ?? null, rule);
    assert.is(boilerplateMatcher(rules)(text)?.rule.name ?? null, rule, "the matcher for many texts says the same");
  });

match("matchBoilerplate :: the outlet's name is captured without its tagline", () => {
  assert.is(matchBoilerplate("Discover more from Hill Chronicle | News and views", rules)?.source, "Hill Chronicle");
  assert.is(matchBoilerplate("The post X appeared first on Valley Gazette.", rules)?.source, "Valley Gazette");
  assert.is(matchBoilerplate("Leave a Reply", rules)?.source, null);
});

match("matchBoilerplate :: a paragraph longer than the rule's limit is never boilerplate", () => {
  const long = "See also " + "the harbour authority's long statement ".repeat(20);
  assert.is(matchBoilerplate(long, rules), null);
  const opening = "Source: " + "the harbour authority's long statement ".repeat(5);
  assert.ok(opening.length > 200);
  assert.is(matchBoilerplate(opening, rules), null, "an opening covers lines of up to 200 characters");
  assert.is(matchBoilerplate("x".repeat(151) + " All rights reserved.", rules), null, "a notice is short");
  assert.is(matchBoilerplate("x".repeat(140) + " All rights reserved.", rules)?.rule.name, "all_rights_reserved");
});

// Patterns of every form boilerplateMatcher's screen sorts: joined (anchored, named groups too),
// alone (unanchored, numbered references); the matcher says what matchBoilerplate says.
const made = (name: string, pattern: string, flags = "i"): BoilerplateRule => ({ name, re: new RegExp(pattern, flags), rest: false, maxLength: 300 });
const forms: [string, string, string, string | null][] = [
  ["anchored", "^wire copy\\b.*$", "Wire copy from the desk", "anchored"],
  ["anchored", "^wire copy\\b.*$", "Not wire copy", null],
  ["top-level alternatives", "^one$|^two$", "TWO", "top_level"],
  ["one alternative unanchored", "^one$|two$", "number two", "top_level"],
  ["unanchored", "\\bcredit: \\w+$", "A photo. Credit: Desk", "unanchored"],
  ["named group", "^from (?<source>.+)$", "From Hill Post", "named"],
  ["two named groups", "^from (?<source>.+)$|^via (?<source2>.+)$", "via Hill Post", "named"],
  ["named group, no match", "^from (?<source>.+)$", "Hill Post", null],
  ["numbered reference", "^(\\w+) \\1$", "again again", "repeated"],
  ["unicode flag", "^\\p{Lu}{3}$", "ABC", "unicode"],
];
for (const [form, pattern, text, expected] of forms)
  match(`matchBoilerplate :: ${form} :: ${text}`, () => {
    const name = expected ?? "anchored";
    const list = [made("other", "^never this$"), made(name, pattern, form === "unicode flag" ? "u" : "i")];
    assert.is(matchBoilerplate(text, list)?.rule.name ?? null, expected);
    assert.is(boilerplateMatcher(list)(text)?.rule.name ?? null, expected);
  });

// Patterns tested alone with the flags they were built with: the case-sensitive unanchored one is
// first searched for the fixed text it needs ("AFP/" or "AP/").
const alone: [string, string, string, string, string | null][] = [
  ["fixed text, present", "\\b(AFP|AP)/\\w+$", "", "Delegates arrive. AFP/Staff", "alone"],
  ["fixed text, absent", "\\b(AFP|AP)/\\w+$", "", "Delegates arrive via AFP", null],
  ["fixed text, present but no match", "\\b(AFP|AP)/\\w+$", "", "AFP/Staff photo of the talks", null],
  ["v flag, nested class", "^[[a-z]--[x]]+ only$", "v", "abc only", "alone"],
  ["v flag, no match", "^[[a-z]--[x]]+ only$", "v", "xyz only", null],
];
for (const [form, pattern, flags, text, expected] of alone)
  match(`boilerplateMatcher :: ${form} :: ${text}`, () => {
    const list = [made("other", "^never this$"), made("alone", pattern, flags)];
    assert.is(matchBoilerplate(text, list)?.rule.name ?? null, expected);
    assert.is(boilerplateMatcher(list)(text)?.rule.name ?? null, expected);
  });

// Random lists of patterns built from pieces of every kind the screen reads, and texts built from
// the same pieces: the screened matcher answers as the plain one (a seeded generator, so a
// failure repeats).
match("boilerplateMatcher :: random patterns and texts: the screen answers as matchBoilerplate", () => {
  let seed = 11;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const PIECES = ["a", "b", "ab", "/", " ", "(a|b)", "(?:ab)", "(?<n>b)", "[ab]", "\\d", "\\w+", ".", "x?", "b*", "\\b", "(?=a)", "(?<!b)", "AFP/", "😀", "\\.", "{", "(a)\\1"];
  // No "g" or "y": their lastIndex makes the rule's own exec answer differently from one call to the next (see below).
  const FLAGS = ["", "i", "u", "m", "iu", "s"];
  const texts = ["", "a", "ab", "AB", "b/a", "a 1", "AFP/x", "x.y", "{ab}", "aa", "😀b", "ba ab", "a\nb"];
  let compared = 0;
  for (let n = 0; n < 400; n++) {
    const list: BoilerplateRule[] = [];
    for (let r = 0; r < 3; r++) {
      const body = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(PIECES)).join("");
      const source = (rnd() < 0.5 ? "^" : "") + body + (rnd() < 0.5 ? "$" : "");
      try {
        list.push({ name: `r${r}`, re: new RegExp(source, pick(FLAGS)), rest: false, maxLength: pick([3, 300]) });
      } catch {
        // a piece the flags refuse ("{" under "u"): the rule is left out
      }
    }
    for (const base of texts)
      for (const text of [base, pick(PIECES).replace(/\\/g, "") + base, base + pick(texts)]) {
        const plain = matchBoilerplate(text, list);
        assert.equal(boilerplateMatcher(list)(text), plain, `${list.map((r) => r.re).join(" ")} on ${JSON.stringify(text)}`);
        compared++;
      }
  }
  assert.ok(compared > 10000);
});

match("boilerplateMatcher :: patterns that name the same group join the screen and still match", () => {
  const list = [made("discover", "^discover more from (?<source>.+)$"), made("appeared", "^the post .+ appeared first on (?<source>.+)$")];
  assert.equal(boilerplateMatcher(list)("Discover more from Hill Post"), { rule: list[0], source: "Hill Post" });
  assert.equal(boilerplateMatcher(list)("The post Talks end appeared first on Hill Post"), { rule: list[1], source: "Hill Post" });
  assert.is(boilerplateMatcher(list)("Talks end"), null);
});

match("matchBoilerplate :: a pattern added to a list after its first use still matches", () => {
  const list = [made("first", "^first$")];
  assert.is(matchBoilerplate("added line", list), null);
  list.push(made("added", "^added\\b"));
  assert.is(matchBoilerplate("added line", list)?.rule.name, "added");
  assert.is(boilerplateMatcher(list)("added line")?.rule.name, "added");
  list[0] = made("first", "^changed$");
  assert.is(matchBoilerplate("changed", list)?.rule.name, "first");
  assert.is(boilerplateMatcher(list)("changed")?.rule.name, "first");
});

match("matchBoilerplate :: a rule built in code with the g or y flag matches as its own exec says", () => {
  const credit = made("credit", "credit: \\w+$", "gi");
  assert.is(matchBoilerplate("Photo credit: Desk", [credit])?.rule.name, "credit");
  const sticky = made("sticky", "^abc", "y");
  assert.is(boilerplateMatcher([made("credit", "credit: \\w+$", "gi")])("Photo credit: Desk")?.rule.name, "credit");
  const seen = [1, 2, 3, 4].map(() => matchBoilerplate("abc", [sticky])?.rule.name ?? null);
  // exec on a sticky pattern moves its lastIndex: every other call fails, whatever screens it.
  assert.equal(seen, ["sticky", null, "sticky", null]);
  const screened = boilerplateMatcher([sticky]);
  assert.equal([1, 2, 3, 4].map(() => screened("abc")?.rule.name ?? null), ["sticky", null, "sticky", null]);
});

match("matchBoilerplate :: a text longer than every rule's limit matches none", () => {
  const list = [{ ...made("short", "^long"), maxLength: 10 }];
  assert.is(matchBoilerplate("long line", list)?.rule.name, "short");
  assert.is(matchBoilerplate("long line that runs on", list), null);
  assert.is(boilerplateMatcher(list)("long line that runs on"), null);
  list[0] = { ...list[0]!, maxLength: 100 };
  assert.is(matchBoilerplate("long line that runs on", list)?.rule.name, "short");
});

match("matchBoilerplate :: the first matching pattern in order wins, with the screen as without", () => {
  const list = [made("loose", "\\bnews$"), made("strict", "^daily news$")];
  assert.is(matchBoilerplate("Daily news", list)?.rule.name, "loose");
  assert.is(boilerplateMatcher(list)("Daily news")?.rule.name, "loose");
});

const load = suite("parseBoilerplate");
const file = "custom/boilerplate.json";
const entry = (over: Record<string, unknown>) => JSON.stringify({ about: "test patterns", patterns: [{ name: "x", pattern: "^x$", examples: ["x"], ...over }] });

const faults: [string, string, RegExp][] = [
  ["bad regular expression (fail)", entry({ pattern: "^(unclosed" }), /custom\/boilerplate\.json: patterns\[0\] "x": invalid regular expression/],
  ["pattern misses its own example (fail)", entry({ examples: ["y"] }), /patterns\[0\] "x": the pattern does not match its own example "y"/],
  ["unknown flag (fail)", entry({ flags: "g" }), /"flags" may only hold/],
  ["no examples (fail)", entry({ examples: [] }), /"examples" must be a non-empty list/],
  ["no about note (fail)", JSON.stringify({ patterns: [] }), /custom\/boilerplate\.json: needs an "about" note/],
  ["not JSON (fail)", "{ patterns: ", /custom\/boilerplate\.json: not valid JSON/],
  ["name used twice (fail)", JSON.stringify({ about: "a", patterns: [{ name: "x", pattern: "x", examples: ["x"] }, { name: "x", pattern: "y", examples: ["y"] }] }), /patterns\[1\] "x": the name is used twice/],
];
for (const [name, json, message] of faults)
  load(`parseBoilerplate :: ${name}`, () => {
    try {
      parseBoilerplate(json, file);
      assert.unreachable("should have thrown");
    } catch (e) {
      assert.instance(e, DataFileError);
      assert.match((e as Error).message, message);
    }
  });

load("parseBoilerplate :: the shipped file loads and every entry has a name", () => {
  assert.ok(DEFAULT_BOILERPLATE_FILE.endsWith("boilerplate.json"));
  assert.ok(rules.length >= 20);
  assert.ok(rules.some((r) => r.rest), "comment forms drop what follows");
});

match.run();
load.run();
