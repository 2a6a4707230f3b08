import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_typed_organisations", [
  {"name": "a kind noun after the name", "body": "Later the Unite union said the airport must rehire staff.", "expect": [{"point": "demand Unite: the airport must rehire staff"}]},
  {"name": "a kind noun after a name that opens with a common word", "body": "The United Dockers union, which represents crane drivers, said the port must stay open.", "expect": [{"actor": "United Dockers"}]},
  {"name": "a compound going on is no kind noun after a name", "body": "The Unite union leader Sam Hale said pay must rise.", "expect": [{"noActor": "Unite"}]},
  {"name": "a kind noun before the name", "body": "Talks with shipbuilder Harrow Keel broke down. The company said the union must accept the roster.", "expect": [{"point": "demand Harrow Keel: the union must accept the roster"}], "needsRule": {"point": "demand Harrow Keel: the union must accept the roster"}},
  {"name": "an appositive headed by a kind noun", "body": "Oakline Freight, the region's largest rail operator, said fares should stay frozen.", "expect": [{"point": "demand Oakline Freight: fares should stay frozen"}, {"actorKind": ["Oakline Freight", "organisation"]}], "needsRule": {"actorKind": ["Oakline Freight", "organisation"]}},
  {"name": "an unknown acronym with a kind noun appositive", "body": "The KPFV, Norway's main fishing association, said quotas must be raised.", "expect": [{"point": "demand KPFV: quotas must be raised"}]},
  {"name": "which follows a body, not a person", "body": "Brightwater, which runs the city's buses, said drivers must return to work.", "expect": [{"point": "demand Brightwater: drivers must return to work"}]},
  {"name": "a title heading the appositive is a person", "body": "Maren Holt, the union's chief negotiator, said wages must rise.", "expect": [{"point": "demand Maren Holt: wages must rise"}]},
  {"name": "a name owned by a place is no body", "body": "In 1990, after Chile's Velvet Accord, which ended the strikes, the unions regrouped.", "expect": [{"noActor": "Velvet Accord"}]},
  {"name": "a word a title may begin with can open a body's name", "body": "Health Equity Watch, a coalition of patient groups, said the EU must drop its opposition.", "expect": [{"point": "demand Health Equity Watch -> European Union: the EU must drop its opposition"}, {"actorKind": ["Health Equity Watch", "organisation"]}]},
  {"name": "a title opening the name is still a person's", "body": "Health Minister Ana Ode, a former surgeon, said hospitals must hire more nurses.", "expect": [{"point": "demand Ana Ode -> Hospitals: hospitals must hire more nurses"}]},
  {"name": "a phrase headed by a kind noun, then the name set off", "body": "The company behind the dam, Lanxang Riverworks, says the reservoir must fill by May.", "expect": [{"actorKind": ["Lanxang Riverworks", "organisation"]}]},
  {"name": "a phrase headed by a title names a person, not a body", "body": "The union's general secretary, Ana Ode, said the minister must resign.", "expect": [{"actorKind": ["Ana Ode", "person"]}]},
  {"name": "a plural possessive inside a body's name", "body": "Parents' Voice England, a campaign group, urged both sides to accept arbitration.", "expect": [{"point": "demand Parents' Voice England"}]},
  {"name": "an appositive cut where its body was formed", "body": "Parents for Fair Fees, a group formed during the protests, called on the universities to publish their accounts.", "expect": [{"actorKind": ["Parents for Fair Fees", "organisation"]}]},
  {"name": "a verb after the comma opens no appositive", "body": "Its director general, Marketa Slanina, said the government wanted a broadcaster that asks permission.", "expect": [{"actorKind": ["Marketa Slanina", "person"]}]},
  {"name": "who after a name says it is a person", "body": "Josué Mwamba, who leads a cooperative of 3,000 diggers, said the state must buy the cobalt.", "expect": [{"actorKind": ["Josué Mwamba", "person"]}, {"point": "demand Josué Mwamba"}]},
  {"name": "a country ending the name is part of it", "body": "Safe Tides Ireland, a charity for seafarers, urged the port to reopen.", "expect": [{"point": "demand Safe Tides Ireland"}, {"actorKind": ["Safe Tides Ireland", "organisation"]}, {"noActor": "Ireland"}]},
  {"name": "a country ending a name after its kind noun", "body": "The tenants' association Fair Rent Kenya said landlords must freeze rents.", "expect": [{"point": "demand Fair Rent Kenya"}]},
  {"name": "a country after an untyped name stays a country", "body": "Officials from Harrow Keel Ghana said the port must reopen.", "expect": [{"noActor": "Harrow Keel Ghana"}]},
]);
