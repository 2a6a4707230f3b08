import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_national_bodies", [
  {"name": "a country's body described in common words", "body": "Italy's data protection authority ordered Lumora Labs to stop processing the data of people in Italy.", "expect": [{"point": "demand Italy's data protection authority -> Lumora Labs"}, {"noActor": "Italy"}]},
  {"name": "the authority points back to it", "body": "Italy's data protection authority opened an inquiry. The authority said the company had no legal basis for the training.", "expect": [{"point": "position Italy's data protection authority: the company had no legal basis for the training"}]},
  {"name": "a ministry is the government, not a body of its own", "body": "Italy's foreign ministry said the talks would resume.", "expect": [{"point": "position Italy"}, {"noTrace": "find_national_bodies"}]},
  {"name": "no word of a body's kind", "body": "Italy's economy grew faster than forecast, the central bank said.", "expect": [{"noTrace": "find_national_bodies"}]},
  {"name": "an appositive describing the body before it", "body": "Pilots at Borealis Airways, Canada's third-largest airline, will walk off the job, their union said.", "expect": [{"noActor": "Canada's third-largest airline"}, {"noTrace": "find_national_bodies"}]},
  {"name": "a kind noun before the body's own name", "body": "Germany's passenger rights group Fairplane Forum urged Rheinjet to publish its timetable.", "expect": [{"point": "demand Fairplane Forum"}, {"noTrace": "find_national_bodies"}]},
  {"name": "the one named body its kind fits", "body": "India's drug price regulator said on Tuesday it would act. The National Pharmaceutical Pricing Authority (NPPA) wants Valmont to lower the price.", "expect": [{"noActor": "India's drug price regulator"}, {"point": "demand National Pharmaceutical Pricing Authority"}]},
]);
