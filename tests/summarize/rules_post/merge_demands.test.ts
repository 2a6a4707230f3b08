import { ruleSuite } from "../rule_cases.ts";

ruleSuite("merge_demands", [
  {"name": "a participle opening its own that-clause stays a demand apart", "body": "The Bar Council called on the Senate to pass the bill, adding that judges must not sit on their own appeals.", "expect": [{"point": "-> Senate: called on the Senate to pass the bill"}, {"point": "demand Bar Council: judges must not sit on their own appeals"}]},
  {"name": "two demand pieces of one speaker in one sentence are one point", "body": "The Bakers Union said bread prices must be capped, Spain must act, it added.", "expect": [{"point": "demand Bakers Union"}]},
  {"name": "two verbs make two demands", "body": "Senator Ana Ode urged the board to resign, and demanded that the ministry publish the audit.", "expect": [{"point": "demand Ana Ode: urged the board to resign"}, {"point": "demand Ana Ode: the ministry publish the audit"}]},
]);
