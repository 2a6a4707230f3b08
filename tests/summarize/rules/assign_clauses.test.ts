import { ruleSuite } from "../rule_cases.ts";

ruleSuite("assign_clauses", [
  {"name": "they after a two-party subject is both speakers", "body": "Chile and Peru said in a joint statement that they expected both sides to respect the closed season.", "expect": [{"point": "demand Chile"}, {"point": "demand Peru"}]},
  {"name": "a spokesperson voices a country's wishes", "body": "A spokeswoman in Accra, Efua Mensah, said Ghana wanted the mine to close by June.", "expect": [{"point": "Efua Mensah"}, {"noPoint": "Ghana:"}]},
  {"name": "a person's own country speaks through them", "body": "Mexican Economy Minister Luis Vera said that Mexico wants a review of the quota.", "expect": [{"point": "Luis Vera"}, {"noPoint": "Mexico:"}]},
  {"name": "a participle is a second point of the same speaker", "body": "The Farmers Union dismissed the offer, insisting that prices must rise.", "expect": [{"point": "rejection Farmers Union: dismissed the offer"}, {"point": "demand Farmers Union: prices must rise"}]},
  {"name": "a statement inside another's words ends where they end", "body": "Berlin wants the dispute resolved at the table, State Secretary Anna Hall said.", "expect": [{"point": "demand Germany: wants the dispute resolved at the table"}]},
  {"name": "one word after a verb of demanding is the demand", "body": "The European Union backed the plan. Washington also urged caution.", "expect": [{"point": "demand United States: urged caution"}]},
  {"name": "one word after a stance is no point", "body": "Turkish sports minister Kemal Aydin said Turkey was ready.", "expect": [{"noPoint": "offer Kemal Aydin: ready"}]},
  {"name": "at least opens an amount, not a place", "body": "The Harbour Pilots Association wants at least $40.", "expect": [{"point": "demand Harbour Pilots Association: wants at least $40"}]},
  {"name": "where it was said is no statement", "body": "The Harbour Pilots Association spoke at the port.", "expect": [{"noPoint": "at the port"}]},
  {"name": "one actor aimed at by the verb", "body": "Beijing blames Manila.", "expect": [{"point": "position China: blames Manila"}]},
  {"name": "a demonstrative before one noun", "body": "The Council of Governors, which represents the counties, rejected that demand.", "expect": [{"point": "rejection Council of Governors: rejected that demand"}]},
  {"name": "an official speaks of her own government", "body": "Brazil's top labour court ruled on Tuesday that drivers are employees. Labour Minister Rosa Vila said the government expected all platforms to comply with the ruling.", "expect": [{"point": "demand Rosa Vila"}, {"noPoint": "demand Brazil"}, {"trace": "Brazil speaks through Rosa Vila here"}]},
  {"name": "an official speaking of a government she names reports its words", "body": "Brazil's top labour court ruled on Tuesday that drivers are employees. Trade Minister Ana Ode said Russia wanted the talks moved to Geneva.", "expect": [{"point": "demand Russia"}]},
  {"name": "a government named by its demonym keeps its words", "body": "Brazil's top labour court ruled on Tuesday that drivers are employees. Trade Minister Ana Ode said the Chinese government wanted the talks moved to Geneva.", "expect": [{"point": "demand China"}, {"noPoint": "demand Ana Ode"}]},
]);
