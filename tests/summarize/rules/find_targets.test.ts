import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_targets", [
  {"name": "the one asked past an opening quotation and all", "body": "Brussels expected \"all coastal states to respect the science\", officials said.", "expect": [{"point": "-> Coastal states"}]},
  {"name": "urged X to", "body": "The Tenants Union urged Spanish officials to freeze rents.", "expect": [{"point": "demand Tenants Union -> Spain"}]},
  {"name": "the subject of must", "body": "The Tenants Union said Canada must build more homes.", "expect": [{"point": "demand Tenants Union -> Canada"}]},
  {"name": "the onus is on", "body": "The Tenants Union said the onus is on Germany to act.", "expect": [{"point": "demand Tenants Union -> Germany"}]},
  {"name": "demands that X", "body": "The Tenants Union demands that Ireland cap rents.", "expect": [{"point": "demand Tenants Union -> Ireland"}]},
  {"name": "no one named", "body": "The Tenants Union said rents must be capped.", "expect": [{"point": "demand Tenants Union: rents must be capped"}, {"noPoint": "demand Tenants Union ->"}]},
  {"name": "conditional on someone acting", "body": "Chile said the deal was conditional on Bolivia opening its ports.", "expect": [{"point": "demand Chile -> Bolivia"}]},
  {"name": "the subject of what is demanded, despite a later cue", "body": "The Farmers Union demanded that Spain cut fuel taxes before deciding who should pay for roads.", "expect": [{"point": "-> Spain"}]},
  {"name": "two subjects who must act are both targets", "body": "Ana Ode, the union's leader, said Sofia and Ankara should agree a fast lane.", "expect": [{"point": "demand Ana Ode -> Bulgaria"}, {"actor": "Turkey"}]},
  {"name": "a threat unless someone acts targets them", "body": "The Hellenic Union of Fire Service Workers threatened a stoppage unless Greece agreed to hire firefighters.", "expect": [{"point": "demand Hellenic Union of Fire Service Workers -> Greece"}]},
  {"name": "provided that someone acts targets them", "body": "Union leader Petros Halkias said the stoppage would be called off provided that Greece put the posts in writing.", "expect": [{"point": "demand Petros Halkias -> Greece"}]},
  {"name": "an offer as soon as someone acts targets them", "body": "Minister Ana Ode said Peru was ready to reopen the border as soon as Bolivia withdrew its troops.", "expect": [{"point": "demand Ana Ode -> Bolivia"}]},
  {"name": "until names who must act", "body": "Union leader Ana Ode said the blockade would stay until Harbour Ferries restored the bonus.", "expect": [{"point": "demand Ana Ode -> Harbour Ferries"}]},
  {"name": "until after whom a verb asks is no target", "body": "Union leader Ana Ode asked him to wait until the Harbour Authority reports.", "expect": [{"noPoint": "-> Harbour Authority"}]},
  {"name": "two asked, each with its own the", "body": "Justice Ana Ode directed the Dockers Union and the Harbour Authority to appear before a conciliator by Monday.", "expect": [{"trace": ": Dockers Union, Harbour Authority"}]},
]);
