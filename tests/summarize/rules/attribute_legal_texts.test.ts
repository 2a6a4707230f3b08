import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_legal_texts", [
  {"name": "a bill its subject sent asks in its name", "body": "Chile's government on Wednesday sent Congress a bill that would require forestry companies to clear plantations near towns.", "expect": [{"point": "demand Chile"}], "needsRule": {"point": "demand Chile"}},
  {"name": "a bill a person introduced, named by a pronoun", "body": "Senator Ana Ode spoke in Sacramento. She has introduced a bill that would require the Forest Service to warn counties before any burn.", "expect": [{"point": "demand Ana Ode -> Forest Service"}], "needsRule": {"point": "demand Ana Ode -> Forest Service"}},
  {"name": "a text named by its author binds directly", "body": "The European Commission's draft requires importers to register every shipment.", "expect": [{"point": "demand European Commission"}], "needsRule": {"point": "demand European Commission"}},
  {"name": "under the plan the article said someone wrote", "body": "The European Commission published new rules on Tuesday. Under the plan, importers would have to register every shipment.", "expect": [{"point": "demand European Commission"}], "needsRule": {"point": "demand European Commission"}},
  {"name": "protesting a law writes none", "body": "Farmers in Lyon protested against a law that would require them to fence every field.", "expect": [{"noPoint": "attribute_legal_texts"}]},
  {"name": "a text no one wrote in the article asks in no one's name", "body": "Under the plan, importers would have to register every shipment.", "expect": [{"noPoint": "attribute_legal_texts"}]},
  {"name": "a text someone describes stays their statement", "body": "Finance Minister Ana Ode said the bill she tabled would require banks to hold more capital.", "expect": [{"point": "demand Ana Ode"}, {"noPoint": "attribute_legal_texts"}]},
  {"name": "under a text with no demand in the clause, nothing", "body": "The European Commission published new rules on Tuesday. Under the rules, a first offence carries a fine.", "expect": [{"noPoint": "attribute_legal_texts"}]},
]);
