import { ruleSuite } from "../rule_cases.ts";

ruleSuite("clip_key_point", [
  {"name": "quotes and the leading that are trimmed", "body": "The Miners Union said that “the mine must stay open.”", "expect": [{"point": "demand Miners Union: the mine must stay open"}]},
  {"name": "a participle aside is cut off", "body": "The Miners Union said the mine must stay open, citing record orders.", "expect": [{"point": "demand Miners Union: the mine must stay open"}, {"noPoint": "open, citing"}]},
]);
