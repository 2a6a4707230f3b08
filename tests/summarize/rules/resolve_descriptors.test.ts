import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_descriptors", [
  {"name": "analysts from a body speak for it", "body": "Analysts from the Bank of Nordland said rates must fall.", "expect": [{"point": "demand Bank of Nordland: rates must fall"}]},
  {"name": "the government in a capital is the country", "body": "The new government in Madrid said the levy must go.", "expect": [{"point": "demand Spain: the levy must go"}]},
]);
