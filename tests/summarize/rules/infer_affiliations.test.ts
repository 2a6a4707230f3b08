import { ruleSuite } from "../rule_cases.ts";

ruleSuite("infer_affiliations", [
  {"name": "an aside names the country", "body": "Ana Ode, who serves as Chile's trade minister, said Chile wants the quota lifted.", "expect": [{"point": "Ana Ode"}]},
  {"name": "a minister named without a country acts for the paragraph's country", "body": "Norway is open to a deal. However, Fisheries Minister Ola Dahl said Norway wants the quota doubled.", "expect": [{"point": "Ola Dahl"}, {"noPoint": "demand Norway: the quota doubled"}]},
]);
