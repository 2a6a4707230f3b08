import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_surnames", [
  {"name": "a one-word speaker that calls itself it is a body", "body": "Cabin crew at Skyvia walked out on Monday. Skyvia said it was disappointed. The Cabin Crew Union said the airline must restore the bonus.", "expect": [{"actorKind": ["Skyvia", "organisation"]}, {"point": "-> Skyvia"}]},
  {"name": "a one-word speaker with he stays a person", "body": "The talks collapsed. Later Okafor said he would resign, and Okafor added that the board must meet.", "expect": [{"actorKind": ["Okafor", "person"]}]},
  {"name": "a surname alone points to the full name", "body": "Prime Minister Aiko Sato met farmers. Sato said rice imports must be limited.", "expect": [{"point": "demand Aiko Sato: rice imports must be limited"}]},
  {"name": "a title and surname join the full name", "body": "President Lena Varga spoke first. Later, President Varga said the border must stay open.", "expect": [{"alias": ["Lena Varga", "Varga"]}]},
  {"name": "a family name written first speaks alone", "body": "A ministry spokeswoman, Wu Meilan, called the curbs lawful. “Pressure will not work,” Wu said, adding that Tokyo must drop its tariffs.", "expect": [{"point": "demand Wu Meilan -> Japan"}]},
  {"name": "a lone word after in is a place, not a speaker", "body": "The court in Karlsruhe found that the law was void. Lawyers in Karlsruhe said nothing.", "expect": [{"noActor": "Karlsruhe"}]},
  {"name": "a lone word after the is a body, not a person", "body": "Lumora met the Garante on Monday. The Garante said Lumora must pay the fine.", "expect": [{"point": "demand Garante"}, {"actorKind": ["Garante", "organisation"]}]},
  {"name": "a lone word after the and a modifier is a body", "body": "The vote split the Greens in March. The opposition Greens demanded that the minister resign.", "expect": [{"actorKind": ["Greens", "organisation"]}]},
  {"name": "a double surname alone is the person named in full", "body": "Mines Minister Aurélie Kabasele Ntumba said the ban stays. \"Companies must build refineries here,\" Kabasele Ntumba told reporters.", "expect": [{"point": "demand Aurélie Kabasele Ntumba"}, {"noActor": "Kabasele Ntumba"}]},
  {"name": "the first of two surnames names the person", "body": "Deputy Mayor Marta Ribas Puig said the city could no longer accept the crowds. \"The city pays the bill,\" Ribas said.", "expect": [{"noActor": "Ribas"}, {"point": "position Marta Ribas Puig: The city pays the bill"}]},
  {"name": "a last name outranks a middle one", "body": "Mayor Ana Costa Silva said the port must close. Minister Rui Costa said the port would stay open. Costa added that talks would resume.", "expect": [{"point": "position Rui Costa: talks would resume"}]},
  {"name": "a middle word that opens another's name is a given name", "body": "Economy Minister José Luis Escrivá said the budget was sound. Opposition leader Luis Ode said it was not. \"This budget is a fiction,\" Luis said.", "expect": [{"point": "position Luis Ode: This budget is a fiction"}]},
]);
