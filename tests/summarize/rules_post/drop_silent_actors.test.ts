import { ruleSuite } from "../rule_cases.ts";

ruleSuite("drop_silent_actors", [
  {"name": "a country named only in passing is not listed", "body": "The union said in Oslo that pay must rise, as Denmark watched.", "expect": [{"noActor": "Denmark"}], "needsRule": {"noActor": "Denmark"}},
]);
