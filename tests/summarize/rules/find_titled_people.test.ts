import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_titled_people", [
  {"name": "a title opening a body's name makes no person", "body": "The General Dockers' Union, which organises port workers in Antwerp, said its members would refuse to unload ships.", "expect": [{"point": "position General Dockers' Union"}, {"noActor": "Dockers"}]},
  {"name": "a treasurer is a finance minister", "body": "Treasurer Ana Ode said the state would pay its share.", "expect": [{"actor": "Ana Ode"}, {"noActor": "Treasurer Ana Ode"}]},
  {"name": "a titled name set beside a country's role acts for that country", "body": "Kinshasa's chief negotiator, Deputy Foreign Minister Ana Ode, said the government would agree to a truce only if the rebels withdrew from Rubaya.", "expect": [{"point": "demand Ana Ode"}, {"noPoint": "demand Democratic Republic of Congo"}]},
  {"name": "a portfolio after the title's for", "body": "Minister for Enterprise Declan Furlong said the grant must be paid.", "expect": [{"point": "demand Declan Furlong"}]},
  {"name": "a portfolio of several words joined by and", "body": "Minister for Climate Crisis and Civil Protection Eleni Vasou said the fire was contained.", "expect": [{"point": "position Eleni Vasou"}, {"noActor": "Protection Eleni Vasou"}]},
  {"name": "a title and its portfolio with no name after them make no person", "body": "The Director of Public Prosecutions said it would not bring charges against the officers.", "expect": [{"noActor": "Prosecutions"}, {"noTrace": "person \"Prosecutions\""}]},
  {"name": "an occupation before a name in an appositive", "body": "The Artists Alliance opposed the bill. Its spokeswoman, the singer Dandara Reis, said the Senate should keep the clause.", "expect": [{"point": "demand Dandara Reis"}]},
  {"name": "country, title and name", "body": "German Finance Minister Petra Lund said the budget must be balanced.", "expect": [{"point": "demand Petra Lund: the budget must be balanced"}]},
  {"name": "a seat as the country of a spokesperson", "body": "Kremlin spokesman Ivan Sorin said the talks must continue.", "expect": [{"actor": "Ivan Sorin"}]},
  {"name": "a rank with modifiers", "body": "Retired Major-General Tom Hale warned that the base could close.", "expect": [{"point": "warning Tom Hale"}]},
  {"name": "a dictionary name is not a title and a name", "body": "The UN General Assembly said the vote must be held.", "expect": [{"noActor": "Assembly"}]},
  {"name": "an occupation as a title", "body": "Nurse Ana Ode said the ward must reopen.", "expect": [{"point": "demand Ana Ode"}]},
  {"name": "an occupation capitalised inside a name is no title", "body": "The patients' group Lothian Patient Voice urged both sides to avoid a strike.", "expect": [{"point": "demand Lothian Patient Voice"}, {"noActor": "Voice"}]},
  {"name": "a portfolio minister is a title", "body": "Deputy Infrastructure Minister Yara Bond called on Bucharest to freeze the toll.", "expect": [{"point": "demand Yara Bond -> Romania"}]},
  {"name": "a police rank is a title", "body": "Chief Superintendent Rhian Pryce said the league must pay for the officers.", "expect": [{"point": "demand Rhian Pryce"}, {"noActor": "Superintendent Rhian Pryce"}]},
  {"name": "a capital's name after a title is a first name", "body": "EU Trade Commissioner Sofia Lindahl said Beijing must lift the duties.", "expect": [{"point": "demand Sofia Lindahl -> China"}, {"noActor": "Bulgaria"}]},
  {"name": "a councillor or board member before a name", "body": "Board member Curtis Ambrose-Yu went further, calling on his colleagues to put a cap in writing. Councillor Helen Marsh said the tower must be refused.", "expect": [{"point": "demand Curtis Ambrose-Yu"}, {"point": "demand Helen Marsh"}, {"noActor": "Councillor Helen Marsh"}]},
]);
