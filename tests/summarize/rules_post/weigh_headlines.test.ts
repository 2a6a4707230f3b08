import { ruleSuite } from "../rule_cases.ts";

ruleSuite("weigh_headlines", [
  {"name": "a headline announcing the story makes no point", "title": "Ottawa urges provinces to speed up housing permits", "body": "The federal housing minister spoke on Monday.", "expect": [{"noPoint": "demand Canada"}], "needsRule": {"noPoint": "demand Canada"}},
  {"name": "a headline with a cue stands on its own", "title": "Nurses Union says wards must reopen", "body": "The dispute entered its third week.", "expect": [{"point": "demand Nurses Union: wards must reopen"}]},
  {"name": "a headline restating the body counts once", "title": "Nurses Union says wards must reopen", "body": "The Nurses Union said the closed wards must reopen by May.", "expect": [{"point": "demand Nurses Union: the closed wards must reopen by May"}, {"noPoint": "demand Nurses Union: wards must reopen"}]},
]);
