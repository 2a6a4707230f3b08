import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_groups", [
  {"name": "coastal states of a fishery", "body": "Japan urged the coastal states to cut the tuna catch.", "expect": [{"point": "demand Japan -> Coastal states"}]},
  {"name": "the states parties of a treaty", "body": "A spokeswoman for the tribunal, Ana Ode, said all states parties must honour the arrest order.", "expect": [{"point": "demand Ana Ode -> States parties"}]},
  {"name": "an adjective and a collective noun", "body": "Western governments said the election must be rerun.", "expect": [{"point": "demand Western countries: the election must be rerun"}]},
  {"name": "a fixed alias", "body": "The West has rejected the proposal.", "expect": [{"actor": "Western countries"}]},
  {"name": "troops are not a group of countries", "body": "European troops said nothing.", "expect": [{"noActor": "European countries"}]},
]);
