import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_surnames", [
  {"name": "a surname alone points to the full name", "body": "Prime Minister Aiko Sato met farmers. Sato said rice imports must be limited.", "expect": [{"point": "demand Aiko Sato: rice imports must be limited"}]},
  {"name": "a title and surname join the full name", "body": "President Lena Varga spoke first. Later, President Varga said the border must stay open.", "expect": [{"alias": ["Lena Varga", "Varga"]}]},
]);
