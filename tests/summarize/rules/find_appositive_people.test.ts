import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_appositive_people", [
  {"name": "role after the name", "body": "Jon Berg, president of the dockworkers union, said the port must stay open.", "expect": [{"point": "demand Jon Berg: the port must stay open"}]},
  {"name": "role before the name", "body": "The company's chief executive, Lea Sand, said wages could not rise.", "expect": [{"actor": "Lea Sand"}]},
  {"name": "the owner of the role is the person's side", "body": "Peru's farm minister, Rosa Quispe, said Lima had long opposed the quota.", "expect": [{"point": "Rosa Quispe"}, {"noPoint": "position Peru"}]},
  {"name": "a name of a country closes the appositive", "body": "Its chair, Malia Tupou of Tonga, warned that aid must arrive sooner.", "expect": [{"point": "demand Malia Tupou: aid must arrive sooner"}]},
]);
