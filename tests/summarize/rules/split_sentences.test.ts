import { ruleSuite } from "../rule_cases.ts";

ruleSuite("split_sentences", [
  {"name": "a French saint's abbreviation does not end a sentence", "body": "Mills in Sainte-Foy and Ste. Agathe cut shifts, the Quebec Millworkers Association said.", "expect": [{"point": "Quebec Millworkers Association: Mills in Sainte-Foy and Ste. Agathe cut shifts"}]},
  {"name": "abbreviations and decimals do not end a sentence", "body": "Lt.-Gen. Ravi Nair said inflation of 3.5% was too high for the U.S. economy. The union said it would strike.", "expect": [{"point": "position Ravi Nair: inflation of 3.5% was too high for the U.S. economy"}]},
  {"name": "a quotation closing after the stop", "body": "“We will not return to work,” the union leader Ana Ode said. “The offer is an insult.”", "expect": [{"point": "position Ana Ode: The offer is an insult"}]},
  {"name": "a line without a final stop is a headline, not part of the next sentence", "body": "STRIKE TALKS RESUME\nThe union said wages must rise.", "expect": [{"trace": "[1] The union said wages must rise."}]},
  {"name": "a dotted initialism before a name does not end the sentence", "body": "The N.S. Fishermen's Association said quotas must rise.", "expect": [{"point": "demand N.S. Fishermen's Association: quotas must rise"}]},
  {"name": "a quotation running over sentences keeps its marks apart", "body": "“We will not sign. Never,” the minister of fisheries, Ana Ode, said.", "expect": [{"point": "Ana Ode: We will not sign"}]},
  {"name": "a dateline names a place, not an actor", "body": "HAVANA, Cuba — Farmers marched on Monday. The Cane Growers Union said prices must rise.", "expect": [{"noActor": "Cuba"}, {"point": "demand Cane Growers Union"}]},
]);
