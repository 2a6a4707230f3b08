import { ruleSuite } from "../rule_cases.ts";

ruleSuite("split_compound_demands", [
  {"name": "no X and Y must", "body": "The Miners Union said: no pit closures, and the owners must restore the pension.", "expect": [{"point": "rejection Miners Union: no pit closures"}, {"point": "demand Miners Union: the owners must restore the pension"}], "needsRule": {"point": "rejection Miners Union: no pit closures"}},
  {"name": "one cue is one demand", "body": "The Miners Union said talks need to resume and consider safety.", "expect": [{"point": "demand Miners Union: talks need to resume and consider safety"}]},
]);
