import { ruleSuite } from "../rule_cases.ts";

ruleSuite("rank_points", [
  {"name": "demands come first", "body": "The Bakers Union rejected the offer. The Bakers Union said flour taxes must go.", "expect": [{"point": "demand Bakers Union"}]},
]);
