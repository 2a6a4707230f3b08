import { ruleSuite } from "../rule_cases.ts";

ruleSuite("dedupe_points", [
  {"name": "one point per actor and clause", "body": "The Miners Union said the mine must stay open.", "expect": [{"point": "demand Miners Union"}]},
]);
