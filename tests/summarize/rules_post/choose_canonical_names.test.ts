import { ruleSuite } from "../rule_cases.ts";

ruleSuite("choose_canonical_names", [
  {"name": "the fullest name form", "body": "Union leader Ana Ode spoke. Ode said pay must rise. Ode added that talks must resume.", "expect": [{"actor": "Ana Ode"}]},
  {"name": "a country by its dictionary name", "body": "The U.S. said the tariff must stay.", "expect": [{"actor": "United States"}]},
]);
