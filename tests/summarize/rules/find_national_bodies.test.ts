import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_national_bodies", [
  {"name": "a country's body described in common words", "body": "Italy's data protection authority ordered Lumora Labs to stop processing the data of people in Italy.", "expect": [{"point": "demand Italy's data protection authority -> Lumora Labs"}, {"noActor": "Italy"}]},
  {"name": "the authority points back to it", "body": "Italy's data protection authority opened an inquiry. The authority said the company had no legal basis for the training.", "expect": [{"point": "position Italy's data protection authority: the company had no legal basis for the training"}]},
  {"name": "a ministry is the government, not a body of its own", "body": "Italy's foreign ministry said the talks would resume.", "expect": [{"point": "position Italy"}, {"noTrace": "find_national_bodies"}]},
  {"name": "no word of a body's kind", "body": "Italy's economy grew faster than forecast, the central bank said.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "an appositive describing the body before it", "body": "Pilots at Borealis Airways, Canada's third-largest airline, will walk off the job, their union said.", "expect": [{"noActor": "Canada's third-largest airline"}, {"noTrace": "find_national_bodies"}]},
  {"name": "a kind noun before the body's own name", "body": "Germany's passenger rights group Fairplane Forum urged Rheinjet to publish its timetable.", "expect": [{"point": "demand Fairplane Forum"}, {"noTrace": "find_national_bodies"}]},
  {"name": "the one named body its kind fits", "body": "India's drug price regulator said on Tuesday it would act. The National Pharmaceutical Pricing Authority (NPPA) wants Valmont to lower the price.", "expect": [{"noActor": "India's drug price regulator"}, {"point": "demand National Pharmaceutical Pricing Authority"}]},
  {"name": "a role after the country is no body", "body": "Brazil's president met the union leaders on Monday and said the reform would pass.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "a phrase running into a verb is no body", "body": "Britain's decision angered the Harbour Workers Union, which said it would strike.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "a kind noun that only qualifies the next noun", "body": "Italy's party leaders met on Monday and said the budget must be cut.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "a plural of a kind is a group of bodies", "body": "Canada's oil and gas companies said the levy was unfair.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "after an opening phrase the description is the subject", "body": "After talks with Rheinjet Airlines, Germany's largest pilots union said it would strike on Friday.", "expect": [{"point": "position Germany's largest pilots union"}]},
  {"name": "a name set off after the description is the body", "body": "Japan's largest carmaker, Toyota Motor Corp, said it would raise wages.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "an international body from the dictionary is no country's body", "body": "Russia's central bank said inflation was too high. The International Monetary Fund said growth would slow.", "expect": [{"point": "position Russia's central bank: inflation was too high"}, {"point": "position International Monetary Fund: growth would slow"}]},
  {"name": "a role opening the description stops it", "body": "Russia's central bank governor said inflation was too high.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "a name set off after it that no rule made a body leaves the description the body", "body": "Brazil's national anti-doping authority, ABCD, struck a different tone, saying it had found no reason to doubt the athlete.", "expect": [{"point": "position Brazil's national anti-doping authority"}]},
]);
