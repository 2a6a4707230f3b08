import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_speech", [
  {"name": "subject before the verb", "body": "The Dockworkers Union insisted that the port must reopen.", "expect": [{"point": "demand Dockworkers Union: the port must reopen"}]},
  {"name": "speaker after the quotation", "body": "“The offer is too low,” union president Ana Ode told reporters.", "expect": [{"point": "position Ana Ode: The offer is too low"}]},
  {"name": "according to", "body": "According to Finance Minister Ana Ode, taxes must rise.", "expect": [{"point": "demand Ana Ode: taxes must rise"}]},
  {"name": "a passive with by", "body": "The plan was rejected by the Farmers Union as unfair.", "expect": [{"point": "rejection Farmers Union"}]},
  {"name": "a statement about an actor is not by it", "body": "Western leaders have refuted China's claims about the vote.", "expect": [{"point": "rejection Western countries"}, {"noPoint": "rejection China"}]},
  {"name": "a stance adjective", "body": "Canada is ready to resume talks on lumber.", "expect": [{"point": "offer Canada: ready to resume talks on lumber"}]},
  {"name": "a titled person of a body speaks, not the body", "body": "Chief Mara Tilden of the Salt Creek First Nation said the mine must close.", "expect": [{"point": "demand Mara Tilden: the mine must close"}]},
  {"name": "past an acronym in brackets", "body": "The Grain Exporters Council (GEC) said the port must reopen.", "expect": [{"point": "demand Grain Exporters Council: the port must reopen"}]},
  {"name": "past a relative clause with its own commas", "body": "Norvik Ltd, which is based in Bergen, Norway, said the quota should be lifted.", "expect": [{"point": "demand Norvik Ltd: the quota should be lifted"}]},
  {"name": "two subjects make two points", "body": "Chile and the Teachers Union called on the ministry to restore the funding.", "expect": [{"point": "demand Chile"}, {"point": "demand Teachers Union"}]},
  {"name": "what a demand asks of others is not their statement", "body": "The Dairy Council demanded that supermarkets raise their prices.", "expect": [{"point": "demand Dairy Council"}, {"noPoint": "supermarkets raise their prices [position"}]},
  {"name": "a participle of a sentence with no reporting verb", "body": "The Supreme Court of Ghana struck down the levy on Friday, ruling that it breached the constitution.", "expect": [{"point": "position Supreme Court of Ghana: it breached the constitution"}]},
  {"name": "a progressive demand verb is finite", "body": "The Pilots Association is demanding a pay rise of 9 percent.", "expect": [{"point": "demand Pilots Association"}]},
  {"name": "a course one may take is no demand", "body": "Labour Minister Ana Ode warned that she would ask the tribunal to intervene.", "expect": [{"noPoint": "demand Ana Ode"}]},
  {"name": "an adjunct naming someone before the verb is no subject", "body": "Bolivian officials, in a statement read by the spokesman Luis Vera, said exports must resume.", "expect": [{"point": "demand Bolivia: exports must resume"}]},
  {"name": "the second verb after a comma belongs to the main subject", "body": "Trade Minister Ana Ode said Lima would keep its quota, and insisted that Quito must lift its tariff.", "expect": [{"point": "demand Ana Ode -> Ecuador: Quito must lift its tariff"}]},
  {"name": "a name closing a quotation speaks though more follows the verb", "body": "“The plan is reckless,” Senator Ana Ode told the committee in a hearing that lasted three hours.", "expect": [{"point": "position Ana Ode: The plan is reckless"}]},
  {"name": "a verb form used as a noun makes no statement", "body": "Finance Minister Ana Ode warned that banks could be fined if they ignored a court order issued in May.", "expect": [{"noActor": "the court"}, {"point": "warning Ana Ode"}]},
  {"name": "the subject of a passive does not speak", "body": "Chile said the levy had been requested by Peru's fishers some time ago.", "expect": [{"noPoint": "demand"}]},
]);
