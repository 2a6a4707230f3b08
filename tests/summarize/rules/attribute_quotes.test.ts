import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_quotes", [
  {"name": "a quotation running into the next sentence", "body": "“We are tired,” said Ana Ode, a nurse. “The ministry must pay us.”", "expect": [{"point": "demand Ana Ode: The ministry must pay us"}], "needsRule": {"point": "demand Ana Ode: The ministry must pay us"}},
]);
