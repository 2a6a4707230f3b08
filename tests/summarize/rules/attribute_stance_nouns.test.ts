import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_stance_nouns", [
  {"name": "a request is its owner's demand", "body": "The Electoral Tribunal rejected the Green Party's request to delay the vote.", "expect": [{"point": "demand Green Party: request to delay the vote"}]},
  {"name": "an owned stance noun", "body": "Lawmakers debated the minister Ana Ode's proposal to cut fuel duty.", "expect": [{"point": "offer Ana Ode"}], "needsRule": {"point": "offer Ana Ode"}},
  {"name": "a stance only named tells nothing of its owner's", "body": "Chile rejected Peru's offer as insufficient.", "expect": [{"noPoint": "offer Peru"}]},
  {"name": "a stance named with what it is about", "body": "Analysts doubted Peru's position on the border dispute.", "expect": [{"point": "position Peru: position on the border dispute"}]},
  {"name": "a noun from an owner", "body": "Offers from Brazil to cut tariffs were rejected by the EU as too small.", "expect": [{"point": "offer Brazil"}]},
]);
