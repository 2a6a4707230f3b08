import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_pronouns", [
  {"name": "he is the last person who was a subject", "body": "Union leader Ana Ode addressed the rally. She said the strike must go on.", "expect": [{"point": "demand Ana Ode: the strike must go on"}], "needsRule": {"point": "demand Ana Ode: the strike must go on"}},
  {"name": "they are the last group that was a subject", "body": "Japanese officials met the delegation. They said the quota must be cut.", "expect": [{"point": "demand Japan: the quota must be cut"}]},
  {"name": "she skips a man", "body": "Ms Lena Brask, the budget minister, spoke first. Opposition leader Tomas Rehn accused Brask of hiding the deficit and demanded that she publish the figures.", "expect": [{"point": "demand Tomas Rehn -> Lena Brask"}]},
  {"name": "it speaking is the last body", "body": "Harlow Rail Corp cut its timetable. It said the state must fund new trains.", "expect": [{"point": "demand Harlow Rail Corp: the state must fund new trains"}]},
  {"name": "it points to a body opening its clause after a demonym", "body": "Italian consumer group Altroconsumo welcomed the fine. It called on the EU to investigate.", "expect": [{"point": "demand Altroconsumo -> European Union"}]},
  {"name": "a pronoun is not someone its own sentence names after it", "body": "Commissioner Ilona Varga presented the plan. Union leader Hedda Brand spoke next. She demanded that Varga present a revised proposal.", "expect": [{"point": "demand Hedda Brand -> Ilona Varga"}]},
  {"name": "a speaker named after the reporting verb is who he is next", "body": "Minister Ana Ode said the bank would be rescued. \"Workers must not pay,\" said the union's general secretary, Pasquale Iannuzzi. He demanded that the government rule out redundancies.", "expect": [{"point": "demand Pasquale Iannuzzi: the government rule out redundancies"}]},
  {"name": "a name after a reporting verb and a preposition is not its speaker", "body": "Rafael Ochoa, director of the agency, wrote to Dale Harkins last week. In the letter, he said crews must be ready.", "expect": [{"point": "demand Rafael Ochoa"}]},
  {"name": "she after an unnamed body's spokeswoman speaks for the body", "body": "Minister Agnieszka Nowak said the ban would stay. In Brussels, a European Commission spokeswoman said states should share stock data. \"Bans must not move a shortage to a neighbour,\" she said.", "expect": [{"point": "demand European Commission: Bans must not move"}]},
  {"name": "he after the body's named spokesman is the person", "body": "Kremlin spokesman Dmitry Sorokin spoke on Tuesday. The Kremlin spokesman also brushed off the plans. He said European capitals should read it twice.", "expect": [{"point": "demand Dmitry Sorokin"}]},
]);
