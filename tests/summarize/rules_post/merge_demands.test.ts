import { ruleSuite } from "../rule_cases.ts";

ruleSuite("merge_demands", [
  {"name": "two demand pieces of one speaker in one sentence are one point", "body": "The Bakers Union said bread prices must be capped, Spain must act, it added.", "expect": [{"point": "demand Bakers Union"}]},
]);
