import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_countries", [
  {"name": "a territory's own government", "body": "The Faroese government rejected the accusation, and Nuuk said the quota must stay.", "expect": [{"point": "rejection Faroe Islands"}, {"point": "demand Greenland"}]},
  {"name": "officials in a capital, opening the sentence", "body": "Officials in Santiago said the border must reopen.", "expect": [{"point": "demand Chile: the border must reopen"}]},
  {"name": "a capital as the government", "body": "Beijing insisted that the tariffs must be lifted.", "expect": [{"point": "demand China: the tariffs must be lifted"}]},
  {"name": "a capital after 'in' is a place", "body": "The minister Ana Ode told reporters in Paris that the deal was fair.", "expect": [{"noActor": "France"}]},
  {"name": "a demonym with a government noun", "body": "Japanese officials said the quota must be raised.", "expect": [{"point": "demand Japan: the quota must be raised"}]},
  {"name": "a demonym alone is an adjective", "body": "Kenyan runners said the race was fair.", "expect": [{"noActor": "Kenya"}]},
  {"name": "a demonym and a social group are a group actor", "body": "Spanish truckers have threatened to block the border unless fuel duties are cut.", "expect": [{"actor": "Spanish truckers"}, {"noActor": "Spain"}]},
  {"name": "the people of a country are the country", "body": "The vote cannot go ahead until the Chilean people have been consulted, Finance Minister Ana Ode said.", "expect": [{"point": "demand Ana Ode -> Chile"}]},
  {"name": "a demonym, words of a department, then officials", "body": "A Saudi energy ministry official said quotas must be respected.", "expect": [{"point": "demand Saudi Arabia"}]},
  {"name": "a demonym before other lowercase words is no government", "body": "Saudi desert heat said little about output.", "expect": [{"noActor": "Saudi Arabia"}]},
  {"name": "a country's embassy is the country", "body": "The U.S. Embassy in Belgrade urged Serbia to release the officers.", "expect": [{"point": "demand United States -> Serbia"}]},
  {"name": "a country's high commission is the country", "body": "Canada's high commission in Lusaka urged both sides to resolve their differences.", "expect": [{"point": "demand Canada"}]},
  {"name": "a demonym and a delegate is the country", "body": "A Saudi delegate argued that the rules would penalise developing economies.", "expect": [{"point": "position Saudi Arabia"}]},
  {"name": "a role before a person's name stays the person's", "body": "Serbia's negotiator, Ana Petrovic, said Pristina must free the men.", "expect": [{"point": "demand Ana Petrovic"}]},
  {"name": "a capital's department is the country", "body": "Astana's energy ministry called on Tashkent not to take unilateral steps.", "expect": [{"point": "demand Kazakhstan -> Uzbekistan"}]},
  {"name": "a country's embassy is one body that \"it\" points back to", "body": "The Chinese embassy in Harare said it opposed the ban. It urged Zimbabwe to lift the ban.", "expect": [{"point": "demand China -> Zimbabwe"}]},
  {"name": "a demonym's ministry is one body that \"it\" points back to", "body": "The Algerian foreign ministry summoned the envoy. It demanded the release of the official.", "expect": [{"point": "demand Algeria"}]},
  {"name": "a country's officials are many, and \"it\" is not them", "body": "Chinese officials said the ban was unfair. It urged Zimbabwe to lift the ban.", "expect": [{"noPoint": "demand China"}]},
  {"name": "a department's spokesman speaks for its country", "body": "A U.S. State Department spokesman said Iran must give the inspectors access.", "expect": [{"point": "demand United States -> Iran: Iran must give the inspectors access"}]},
  {"name": "a ministry official after a demonym", "body": "A Chilean foreign ministry official said Peru should reopen the crossing.", "expect": [{"point": "demand Chile -> Peru"}]},
]);
