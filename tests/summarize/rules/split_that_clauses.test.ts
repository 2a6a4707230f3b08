import { ruleSuite } from "../rule_cases.ts";

ruleSuite("split_that_clauses", [
  {"name": "two that-clauses are two statements", "body": "Mayor Lena Brask said that the budget had been balanced and that it was time for the province to pay its share.", "expect": [{"point": "position Lena Brask: the budget had been balanced"}, {"point": "demand Lena Brask: it was time for the province to pay its share"}], "needsRule": {"point": "position Lena Brask: the budget had been balanced"}},
  {"name": "one that-clause stays whole", "body": "Mayor Lena Brask said that rents rose and wages fell.", "expect": [{"point": "position Lena Brask: rents rose and wages fell"}]},
]);
