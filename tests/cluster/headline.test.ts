import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mainClause, memberWords, sharedWords, storySummary, storyTitle, TITLE_MAX } from "../../src/cluster/headline.ts";
import { digested } from "./fixtures/digest.ts";
import { DAY } from "./fixtures/day.ts";

const Clause = suite("mainClause");
for (const [name, sentence, want] of [
  ["drops a trailing attribution", "Ostland must lift the blockade within two days, the minister said on Monday.", "Ostland must lift the blockade within two days"],
  ["drops a leading subordinate clause", "As talks stalled in the capital, dockworkers walked off the job.", "Dockworkers walked off the job"],
  ["keeps a short sentence whole", "The river rose overnight.", "The river rose overnight"],
  ["keeps what was said, not who said it", "The foreign minister announced on Tuesday that Valdoria will reopen its embassy in Tarnow.", "Valdoria will reopen its embassy in Tarnow"],
  ["keeps a that-clause that is not reported speech", "The ships that left Lindvik reached the strait.", "The ships that left Lindvik reached the strait"],
  ["drops an attribution by any reporting verb of the lexicon", "Ostland will reopen the strait within a week, the harbour master acknowledged.", "Ostland will reopen the strait within a week"],
  ["keeps who demands, as what is demanded is no fact", "The minister demanded on Monday that Ostland lift the blockade.", "The minister demanded on Monday that Ostland lift the blockade"],
  ["keeps a demand noun with its clause", "Ostland repeats its demand that Valdoria withdraw two frigates.", "Ostland repeats its demand that Valdoria withdraw two frigates"],
  ["a reporting verb in an earlier clause does not cut", "Valdoria voiced sympathy for the dockworkers, hinting that the strike would go on.", "Valdoria voiced sympathy for the dockworkers, hinting that the strike would go on"],
  [
    "cuts a long clause at a comma",
    "Valdoria will escort the grain convoy with two frigates from the northern fleet, which sailed from Brenn this morning with orders to protect the ships",
    "Valdoria will escort the grain convoy with two frigates from the northern fleet",
  ],
] as const)
  Clause(`mainClause :: ${name}`, () => assert.is(mainClause(sentence), want));
Clause("mainClause :: never longer than the limit", () => {
  const long = "Word ".repeat(60).trim() + ".";
  const got = mainClause(long);
  assert.ok(got.length <= TITLE_MAX, `${got.length}`);
  assert.ok(got.endsWith("…"));
});
Clause.run();

const Title = suite("storyTitle");
Title("storyTitle :: the headline whose words the members share, even over the lead's", () => {
  const strike = "Dockworkers in Lindvik walked off the job on Monday after wage talks with the port collapsed.";
  const members = [
    digested("lead", `${strike} Cranes stood still.`, { title: "Harbour gala draws record crowds" }),
    digested("b", `${strike} Ships queued outside.`, { title: "Dockworkers walk off the job in Lindvik" }),
  ];
  assert.is(storyTitle(members, 0), "Dockworkers walk off the job in Lindvik");
});
Title("storyTitle :: on equal footing the lead's headline wins", () => {
  const body = "Dockworkers in Lindvik walked off the job on Monday after wage talks collapsed.";
  const members = [digested("lead", body, { title: "Lindvik dockworkers walk off the job" }), digested("b", body, { title: "Dockworkers walk off the job in Lindvik" })];
  assert.is(storyTitle(members, 0), "Lindvik dockworkers walk off the job");
  assert.is(storyTitle(members, 1), "Dockworkers walk off the job in Lindvik");
});
Title("storyTitle :: without headlines, the lead's first sentence cut to its main clause", () => {
  const members = [digested("a", "Heading without a stop\n\nDockworkers in Lindvik walked off the job on Monday, the union said. More follows here.")];
  assert.is(storyTitle(members, 0), "Dockworkers in Lindvik walked off the job on Monday");
});
Title.run();

const Summary = suite("storySummary");
const grain = DAY.filter((a) => a.event === "grain").map((a) => digested(a.id, a.body, { title: a.title }));
Summary("storySummary :: one to three sentences, the lead's opening first", () => {
  const s = storySummary(grain, 0);
  assert.ok(s.length >= 1 && s.length <= 3);
  assert.ok(grain[0]!.article.body.startsWith(s[0]!));
});
Summary("storySummary :: the lead's two first sentences, then the member sentence adding most shared words", () => {
  const s = storySummary(grain, 0, sharedWords(memberWords(grain)));
  assert.is(s.length, 3);
  assert.ok(s.slice(0, 2).every((x) => grain[0]!.article.body.includes(x)));
  assert.not.ok(grain[0]!.article.body.includes(s[2]!));
  assert.ok(grain.slice(1).some((m) => m.article.body.includes(s[2]!)));
});
Summary("storySummary :: when no member sentence adds shared words, the lead's third", () => {
  const lead = "Dockworkers in Lindvik walked off the job on Monday after wage talks collapsed. Container traffic at the port stopped by noon. The union asks for a pay rise and shorter night shifts.";
  const other = "Cranes stood still across the harbour of the old town today. Nothing moved at the quay since early morning hours.";
  assert.equal(storySummary([digested("a", lead), digested("b", other)], 0), [
    "Dockworkers in Lindvik walked off the job on Monday after wage talks collapsed.",
    "Container traffic at the port stopped by noon.",
    "The union asks for a pay rise and shorter night shifts.",
  ]);
});
for (const [opening, taken] of [
  ["They", false],
  ["The union", true],
] as const)
  Summary(`storySummary :: a member's sentence opening with "${opening}" is ${taken ? "" : "not "}taken`, () => {
    const lead = "Dockworkers in Lindvik walked off the job on Monday after wage talks collapsed. Container traffic at the port stopped by noon. The union asks for a pay rise and shorter night shifts.";
    const extra = `${opening} want a pay rise and shorter night shifts before anyone returns to work.`;
    const s = storySummary([digested("a", lead), digested("b", `Cranes stood still. ${extra}`)], 0);
    assert.is(s.includes(extra), taken);
  });
Summary("storySummary :: skips headings and very short lines", () => {
  const s = storySummary([digested("a", "BREAKING\n\nShort one.\n\nThe port of Lindvik closed on Monday after a strike began.")], 0);
  assert.is(s[0], "The port of Lindvik closed on Monday after a strike began.");
});
Summary.run();
