import { ruleSuite } from "../rule_cases.ts";

ruleSuite("merge_transliterations", [
  {"name": "two spellings of one name are one person", "body": "Foreign Minister Sergei Volkov arrived. Sergey Volkov said sanctions must end.", "expect": [{"point": "demand Sergei Volkov: sanctions must end"}]},
  {"name": "a surname in another spelling", "body": "President Volodymyr Petrensky spoke. Petrenskiy said the siege must end.", "expect": [{"point": "demand Volodymyr Petrensky"}]},
]);
