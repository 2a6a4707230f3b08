import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_descriptors", [
  {"name": "the union points to the named union", "body": "The Transport Workers Union called a strike. The union said fares must be frozen.", "expect": [{"point": "demand Transport Workers Union: fares must be frozen"}], "needsRule": {"point": "demand Transport Workers Union: fares must be frozen"}},
  {"name": "analysts from a body speak for it", "body": "Analysts from the Bank of Nordland said rates must fall.", "expect": [{"point": "demand Bank of Nordland: rates must fall"}]},
  {"name": "the government in a capital is the country", "body": "The new government in Madrid said the levy must go.", "expect": [{"point": "demand Spain: the levy must go"}]},
]);
