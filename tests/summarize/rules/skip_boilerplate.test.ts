import { ruleSuite } from "../rule_cases.ts";

ruleSuite("skip_boilerplate", [
  {"name": "a See also line never makes a point", "body": "See also  Ministers must resign, critics say\nThe union said wages must rise.", "expect": [{"noPoint": "Ministers must resign"}]},
  {"name": "a comment form never makes a point", "body": "The board said it would appeal.\nRequired fields are marked *. Workers must log in.", "expect": [{"noPoint": "log in"}]},
]);
