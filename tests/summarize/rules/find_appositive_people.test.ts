import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_appositive_people", [
  {"name": "role after the name", "body": "Jon Berg, president of the dockworkers union, said the port must stay open.", "expect": [{"point": "demand Jon Berg: the port must stay open"}]},
  {"name": "role before the name", "body": "The company's chief executive, Lea Sand, said wages could not rise.", "expect": [{"actor": "Lea Sand"}]},
  {"name": "the owner of the role is the person's side", "body": "Peru's farm minister, Rosa Quispe, said Lima had long opposed the quota.", "expect": [{"point": "Rosa Quispe"}, {"noPoint": "position Peru"}]},
  {"name": "a role with its own phrase before the name", "body": "A spokesman for the Federal Ministry of Labour, Kurt Obermann, said both sides must settle the dispute.", "expect": [{"point": "demand Kurt Obermann: both sides must settle the dispute"}]},
  {"name": "a role placed by a city before the name", "body": "A spokeswoman in Lagos, Ada Nwosu, said the refinery must reopen.", "expect": [{"point": "demand Ada Nwosu: the refinery must reopen"}]},
  {"name": "a name of a country closes the appositive", "body": "Its chair, Malia Tupou of Tonga, warned that aid must arrive sooner.", "expect": [{"point": "demand Malia Tupou: aid must arrive sooner"}]},
  {"name": "an occupation in the appositive", "body": "Liam Daly, a beef farmer from near Moate, said the deal must be stopped.", "expect": [{"point": "demand Liam Daly"}, {"actorKind": ["Liam Daly", "person"]}]},
  {"name": "a place closing a quotation before the speaker's role is no person", "body": "Health Minister Themba Nxumalo spoke in Pretoria. \"It is up to Nordvale to explain why the pen costs more here than in São Paulo,\" the minister added.", "expect": [{"noActor": "São Paulo"}, {"point": "demand Themba Nxumalo"}]},
  {"name": "a role with a relative clause runs on to its comma", "body": "Amelia Grant, a nurse from Halifax who is due to fly to Vancouver for her sister's wedding on Saturday, said she had already booked a backup train ticket.", "expect": [{"actor": "Amelia Grant"}, {"point": "position Amelia Grant"}]},
  {"name": "a capital's name before a surname is a first name beside a role", "body": "\"This cap is ten years too late,\" said Sofia Rebelo, a spokeswoman for the movement.", "expect": [{"point": "position Sofia Rebelo"}, {"noActor": "Bulgaria"}]},
  {"name": "a reporting verb's statement after a name is no role", "body": "Kenya's Cabinet Secretary for Sports, Joseph Wekesa, said the government would not defend any athlete found to have cheated.", "expect": [{"noTrace": "beside \"said"}, {"actor": "Joseph Wekesa"}]},

]);
