import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_quotes", [
  {"name": "a quotation running into the next sentence", "body": "“We are tired,” said Ana Ode, a nurse. “The ministry must pay us.”", "expect": [{"point": "demand Ana Ode: The ministry must pay us"}], "needsRule": {"point": "demand Ana Ode: The ministry must pay us"}},
  {"name": "a quotation whose speaker follows it over two sentences", "body": "“The ministry must release the data. Until it does, we will not talk,” union leader Ana Ode said.", "expect": [{"point": "demand Ana Ode: The ministry must release the data"}]},
  {"name": "a quotation with its speaker in a later sentence of another paragraph is not claimed", "body": "“The ministry must release the data.\nAna Ode said talks were over.", "expect": [{"noPoint": "Ana Ode: The ministry must release the data"}]},
]);
