import { ruleSuite } from "../rule_cases.ts";

ruleSuite("resolve_descriptors", [
  {"name": "the country's minister in a lede is the minister named later", "body": "Peru will not cut its anchovy quota unless Chile does the same, the country's fisheries minister said on Monday. Fisheries Minister Rosa Quispe told Congress the stocks were healthy.", "expect": [{"point": "demand Rosa Quispe"}]},
  {"name": "the minister is the one minister named", "body": "Education Minister Rosa Quispe met the teachers on Monday. The Teachers Union said the minister must publish the pay scale.", "expect": [{"point": "-> Rosa Quispe"}]},
  {"name": "the minister is nobody when two ministers are named", "body": "Education Minister Rosa Quispe met Health Minister Ana Ode. The Teachers Union said the minister must publish the pay scale.", "expect": [{"noPoint": "-> Rosa Quispe"}, {"noPoint": "-> Ana Ode"}]},
  {"name": "analysts from a body speak for it", "body": "Analysts from the Bank of Nordland said rates must fall.", "expect": [{"point": "demand Bank of Nordland: rates must fall"}]},
  {"name": "the government in a capital is the country", "body": "The new government in Madrid said the levy must go.", "expect": [{"point": "demand Spain: the levy must go"}]},
  {"name": "the minister is the one minister of any portfolio", "body": "Finance Minister Hendra Surya attacked the bank. \"Policy must support growth,\" the minister said.", "expect": [{"point": "demand Hendra Surya"}]},
  {"name": "two ministers leave the minister unresolved", "body": "Finance Minister Hendra Surya met Trade Minister Ana Ode. \"Policy must support growth,\" the minister said.", "expect": [{"noPoint": "demand Hendra Surya"}, {"noPoint": "demand Ana Ode"}]},
  {"name": "the official is the one introduced as an official", "body": "A Saudi energy ministry official briefed reporters. \"Those who overproduce must pay back every barrel,\" the official said.", "expect": [{"point": "demand Saudi Arabia"}]},
  {"name": "the official is the one so introduced, before any role it shares", "body": "Analyst Lena Hart said supply was tight. A Saudi energy ministry official said talks went on. \"Cheats must pay,\" the official said.", "expect": [{"point": "demand Saudi Arabia: Cheats must pay"}]},
  {"name": "a role no one is named in speaks for the body it belongs to", "body": "The International Court of Justice heard Guyana. The court's president said the judges would rule within weeks.", "expect": [{"point": "position International Court of Justice"}]},
  {"name": "the head of a body set off after a person describes the person, who speaks", "body": "Tobias Achter, the head of the International Atomic Energy Agency, said his inspectors had been stopped.", "expect": [{"point": "position Tobias Achter"}]},
]);
