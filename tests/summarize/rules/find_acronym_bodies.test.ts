import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_acronym_bodies", [
  {"name": "capitals no dictionary knows speak as a body", "body": "UEFA said Italy must present signed contracts by March.", "expect": [{"point": "demand UEFA -> Italy"}]},
  {"name": "after an auxiliary", "body": "UEFA has warned that Italy will lose matches without contracts.", "expect": [{"point": "warning UEFA"}]},
  {"name": "the one a verb of asking names", "body": "The Curva Unita network urged UEFA to keep the matches in Italy.", "expect": [{"point": "-> UEFA"}]},
  {"name": "a modifier before a noun is no body", "body": "The European Commission said the EES rules allowed flexibility at busy crossings.", "expect": [{"point": "position European Commission"}, {"noActor": "EES"}]},
  {"name": "words in capitals that name no body", "body": "The CEO said the airline must cut costs.", "expect": [{"noActor": "CEO"}]},
  {"name": "capitals that open a longer name", "body": "UEFA Champions League organisers said the final must move.", "expect": [{"noActor": "UEFA"}]},
  {"name": "a line in capitals", "body": "ITALY MUST PAY SAYS UEFA CHIEF", "expect": [{"noActor": "UEFA"}]},
  {"name": "a body expected to act", "body": "\"I expect UEFA to respect the deadline,\" Marta Colonnese said.", "expect": [{"point": "demand Marta Colonnese -> UEFA"}]},
  {"name": "a title after the capitals makes them a body, named wherever they stand", "body": "UEFA president Jorgen Halvorsen spoke. Fans blamed UEFA and the clubs, and said they must publish the reports.", "expect": [{"trace": "[1] Fans blamed UEFA and the clubs, and said they must publish the reports.\n    find_acronym_bodies: \"UEFA\" -> organisation"}]},
  {"name": "capitals that never act name no body", "body": "The EES rules allowed no exceptions. Officials said travellers must register.", "expect": [{"noActor": "EES"}]},
]);
