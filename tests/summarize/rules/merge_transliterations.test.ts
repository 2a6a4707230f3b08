import { ruleSuite } from "../rule_cases.ts";

ruleSuite("merge_transliterations", [
  {"name": "a given name in another spelling after an honorific", "body": "Interior Minister Alemu Tadesse said the border must stay shut. \"We will not bargain,\" Mr Alemmu wrote.", "expect": [{"noActor": "Alemmu"}, {"alias": ["Alemu Tadesse", "Alemmu"]}]},
  {"name": "two spellings of one name are one person", "body": "Foreign Minister Sergei Volkov arrived. Sergey Volkov said sanctions must end.", "expect": [{"point": "demand Sergei Volkov: sanctions must end"}]},
  {"name": "a surname in another spelling", "body": "President Volodymyr Petrensky spoke. Petrenskiy said the siege must end.", "expect": [{"point": "demand Volodymyr Petrensky"}]},
  {"name": "one vowel apart and a double letter", "body": "Commander Yousif Haddad spoke. Later Youssef Haddad said the truce must hold.", "expect": [{"point": "demand Yousif Haddad: the truce must hold"}, {"noActor": "Youssef Haddad"}]},
  {"name": "a middle name left out", "body": "General Mohammed Saleh Qasim said talks must resume. Mohamed Qasim insisted that monitors must come from the region.", "expect": [{"point": "demand Mohammed Saleh Qasim: monitors must come from the region"}]},
  {"name": "a surname in another spelling", "body": "Presidential aide Ilham Mammadov said the border must be marked. Mamedov added that troops must withdraw.", "expect": [{"point": "demand Ilham Mammadov: troops must withdraw"}]},
  {"name": "two people sharing a surname stay two", "body": "Senator Ana Ode said taxes must fall. Her brother Piet Ode said taxes must rise.", "expect": [{"point": "demand Ana Ode: taxes must fall"}, {"point": "demand Piet Ode: taxes must rise"}]},
]);
