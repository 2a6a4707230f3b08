import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_acting_groups", [
  {"name": "a plain word of kind before the noun names the group", "body": "The Treasury urged forestry companies to clear the firebreaks before summer.", "expect": [{"point": "-> Forestry companies"}], "needsRule": {"point": "-> Forestry companies"}},
  {"name": "a modified group opening the sentence", "body": "In parliament, opposition lawmakers have demanded an inquiry into the bank.", "expect": [{"point": "demand Opposition lawmakers"}]},
  {"name": "a word of number is no modifier", "body": "After the ruling, several lenders said they would cut their fees.", "expect": [{"point": "Lenders:"}, {"noActor": "Several lenders"}]},
  {"name": "an order opening a quotation is no modifier", "body": "\"Send teachers back to the classroom,\" the minister said.", "expect": [{"noActor": "Send teachers"}]},
  {"name": "the bare noun later is the modified group named before", "body": "In parliament, opposition lawmakers have demanded an inquiry. The lawmakers also urged the bank to publish its accounts.", "expect": [{"alias": ["Opposition lawmakers", "lawmakers"]}, {"noActor": "Lawmakers"}]},
  {"name": "two modifiers, two groups; the bare noun stays apart", "body": "The talks stalled as private creditors rejected the offer, while official creditors said they would accept it. Creditors said talks would go on.", "expect": [{"actor": "Private creditors"}, {"actor": "Official creditors"}]},
  {"name": "both governments are the parties named, not a group", "body": "The Steel Makers Association called on both governments to agree a standstill.", "expect": [{"noActor": "Governments"}]},
  {"name": "a plural noun that speaks", "body": "Critics accused the water board of ignoring the drought warnings.", "expect": [{"point": "Critics:"}], "needsRule": {"actor": "Critics"}},
  {"name": "regulators asked to act", "body": "The Northfield Banking Association urged regulators to delay the liquidity rule.", "expect": [{"point": "-> Regulators"}], "needsRule": {"point": "-> Regulators"}},
  {"name": "a plural noun asked to act", "body": "The Consumer Council urged passengers with season tickets to renew them before March.", "expect": [{"point": "-> Passengers"}], "needsRule": {"point": "-> Passengers"}},
  {"name": "critics keep the object of their criticism", "body": "The plan drew fire. Some critics of the reform said pensions would fall.", "expect": [{"actor": "Critics of the reform"}]},
  {"name": "a name before the noun owns the group", "body": "The Green Party said its supporters would march on Sunday.", "expect": [{"noActor": "Supporters"}]},
  {"name": "a group that neither speaks nor is asked is not listed", "body": "The clinic said waiting times for patients had doubled.", "expect": [{"noActor": "Patients"}]},
  {"name": "students asked to act are a group and the target", "body": "Vice-chancellor Anneke Ros urged students to return to classes.", "expect": [{"point": "demand Anneke Ros -> Students"}, {"actorKind": ["Anneke Ros", "person"]}]},
  {"name": "member states asked to act are a group", "body": "The European Commission called on member states to approve the deal.", "expect": [{"point": "demand European Commission -> Member states"}]},
  {"name": "a people named by a word no rule knows", "body": "Hundreds of Kayapo villagers blocked the highway on Monday, demanding a halt to the mine.", "expect": [{"point": "demand Kayapo villagers"}]},
  {"name": "a capitalised community noun belongs to a title", "body": "Indigenous Peoples Minister Rosa Tupa urged the miners to leave.", "expect": [{"point": "demand Rosa Tupa"}, {"noActor": "Indigenous Peoples"}]},
  {"name": "teachers asked to act are a group and the demand's target", "body": "Chief executive Gladys Wanjiru said the strike was illegal and urged all teachers to report to their stations.", "expect": [{"point": "demand Gladys Wanjiru -> Teachers"}]},
  {"name": "a body's own member countries are no group of their own", "body": "The alliance's 32 member countries affirm that Ukraine must wait.", "expect": [{"noActor": "Member countries"}]},
  {"name": "a demonym and a trade word before the noun name the group", "body": "Danish pork producers said in a statement that Chinese buyers had already begun cancelling orders.", "expect": [{"point": "position Danish pork producers"}]},
]);
