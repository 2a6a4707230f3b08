import { ruleSuite } from "../rule_cases.ts";

ruleSuite("split_compound_demands", [
  {"name": "no X and Y must", "body": "The Miners Union said: no pit closures, and the owners must restore the pension.", "expect": [{"point": "rejection Miners Union: no pit closures"}, {"point": "demand Miners Union -> Owners: the owners must restore the pension"}], "needsRule": {"point": "rejection Miners Union: no pit closures"}},
  {"name": "one cue is one demand", "body": "The Miners Union said talks need to resume and consider safety.", "expect": [{"point": "demand Miners Union: talks need to resume and consider safety"}]},
  {"name": "one demand said twice is one point", "body": "The Miners Union said the owners have to fix this, and they have to fix it now.", "expect": [{"point": "demand Miners Union -> Owners: the owners have to fix this, and they have to fix it now"}]},
  {"name": "an offer and a condition are two points", "body": "The Miners Union said it was willing to return to work but would only sign if the pension was restored.", "expect": [{"point": "offer Miners Union: it was willing to return to work"}, {"point": "demand Miners Union: would only sign if the pension was restored"}]},
  {"name": "each part of a split demand finds its own target", "body": "\"The IMF should publish its assumptions, and the bondholders should accept that Ethiopia cannot pay,\" said Ana Ode, a professor.", "expect": [{"point": "demand Ana Ode -> International Monetary Fund: The IMF should publish its assumptions"}]},
]);
