import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_speech", [
  {"name": "subject before the verb", "body": "The Dockworkers Union insisted that the port must reopen.", "expect": [{"point": "demand Dockworkers Union: the port must reopen"}]},
  {"name": "speaker after the quotation", "body": "“The offer is too low,” union president Ana Ode told reporters.", "expect": [{"point": "position Ana Ode: The offer is too low"}]},
  {"name": "according to", "body": "According to Finance Minister Ana Ode, taxes must rise.", "expect": [{"point": "demand Ana Ode: taxes must rise"}]},
  {"name": "a passive with by", "body": "The plan was rejected by the Farmers Union as unfair.", "expect": [{"point": "rejection Farmers Union"}]},
  {"name": "a statement about an actor is not by it", "body": "Western leaders have refuted China's claims about the vote.", "expect": [{"point": "rejection Western countries"}, {"noPoint": "rejection China"}]},
  {"name": "a stance adjective", "body": "Canada is ready to resume talks on lumber.", "expect": [{"point": "offer Canada: ready to resume talks on lumber"}]},
]);
