import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_generic_nouns", [
  {"name": "the union points to the named union", "body": "The Transport Workers Union called a strike. The union said fares must be frozen.", "expect": [{"point": "demand Transport Workers Union: fares must be frozen"}], "needsRule": {"point": "demand Transport Workers Union: fares must be frozen"}},
  {"name": "a name word with a possessive still fits", "body": "The Bakers' Guild of Tarrow rejected the offer. The guild said flour prices must be capped.", "expect": [{"point": "demand Bakers' Guild of Tarrow: flour prices must be capped"}]},
  {"name": "the descriptor may come before the name", "body": "The union is demanding shorter shifts. Nurses at the hospital belong to the Harbour Nurses Union.", "expect": [{"point": "demand Harbour Nurses Union: demanding shorter shifts"}]},
  {"name": "the company points to a body named without a head word", "body": "Talks with shipping firm Corvane Marine broke down. The company said the strike must end.", "expect": [{"point": "demand Corvane Marine: the strike must end"}]},
  {"name": "a capitalised short form fits only its own word", "body": "The Reserve Bank of Zembla held rates. The Bank said wages must slow.", "expect": [{"point": "demand Reserve Bank of Zembla: wages must slow"}]},
  {"name": "the government is the country the article names", "body": "Chile's economy minister Ana Ruiz met miners. The Andes Miners Union urged the government to raise royalties.", "expect": [{"point": "demand Andes Miners Union -> Chile"}], "needsRule": {"point": "-> Chile"}},
  {"name": "the administration is the acting country", "body": "Washington imposed new tariffs on steel. The administration insists that partners must cut their exports.", "expect": [{"point": "demand United States: partners must cut their exports"}]},
  {"name": "a court the article never names is one actor", "body": "A Lisbon court heard the appeal on Monday. Defence lawyer Rui Costa urged the court to dismiss the case.", "expect": [{"point": "-> the court"}]},
  {"name": "plural prosecutors opening a sentence point to the office", "body": "Prosecutors asked judges to jail the broker. The Lisbon Prosecutor's Office said he must repay the funds.", "expect": [{"point": "demand Lisbon Prosecutor's Office"}]},
]);
