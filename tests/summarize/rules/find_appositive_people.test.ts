import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_appositive_people", [
  {"name": "role after the name", "body": "Jon Berg, president of the dockworkers union, said the port must stay open.", "expect": [{"point": "demand Jon Berg: the port must stay open"}]},
  {"name": "role before the name", "body": "The company's chief executive, Lea Sand, said wages could not rise.", "expect": [{"actor": "Lea Sand"}]},
]);
