import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_speaker_names", [
  {"name": "a name after a preposition is no speaker", "body": "Porters at Royal Hospital reject the new rota.", "expect": [{"noTrace": "person \"Royal Hospital\""}]},
  {"name": "people of a body speak for it after a preposition", "body": "Analysts at Tidewater Securities estimated that the cap would cut revenue.", "expect": [{"actor": "Tidewater Securities"}]},
  {"name": "a two-word name before a reporting verb", "body": "Maria Costa said the inquiry must hear the case.", "expect": [{"point": "demand Maria Costa: the inquiry must hear the case"}]},
  {"name": "a name after the verb", "body": "“The plant will close,” said Peter Lindqvist.", "expect": [{"point": "position Peter Lindqvist: The plant will close"}]},
  {"name": "a name after told with a subject before is who was told", "body": "“We offered a discount,” Marcus Oyelaran told Formulary Weekly.", "expect": [{"point": "position Marcus Oyelaran"}, {"noActor": "Formulary Weekly"}]},
  {"name": "the end of a portfolio is no person", "body": "The Minister for Climate Crisis and Civil Protection, Stavros Kalogeropoulos-Mavridis, told reporters the fire was spreading.", "expect": [{"noActor": "Civil Protection"}, {"point": "position Stavros Kalogeropoulos-Mavridis"}]},
  {"name": "a name before the body it belongs to", "body": "Ilse Marten of the Green Harbour party said the ferry levy must be scrapped.", "expect": [{"point": "demand Ilse Marten: the ferry levy must be scrapped"}], "needsRule": {"point": "demand Ilse Marten"}},
  {"name": "a name from a body named before the verb", "body": "Tomas Reyes from the Dockers Union said the cranes would stay idle.", "expect": [{"point": "position Tomas Reyes"}]},
]);
