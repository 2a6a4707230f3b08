import { ruleSuite } from "../rule_cases.ts";

ruleSuite("collect_unplaced", [
  {"name": "an unknown capitalised name is listed", "body": "The Miners Union said the mine must stay open under the Harbour Day Accord.", "expect": [{"unplaced": "Harbour Day Accord"}]},
]);
