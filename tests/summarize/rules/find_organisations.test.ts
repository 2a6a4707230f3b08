import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_organisations", [
  {"name": "a lone head word names a body", "body": "The Supreme Court of Fiji directed Parliament to pass the budget law within 60 days.", "expect": [{"point": "-> Parliament"}]},
  {"name": "a treasury is a body", "body": "Mayor Ana Lopez said the National Treasury must release the grant.", "expect": [{"point": "demand"}, {"actor": "National Treasury"}]},
  {"name": "an acronym that spells a name with 'and' after its head", "body": "The Federation of Andean Chambers of Trade and Industry (FACTI) said tariffs must fall.", "expect": [{"actor": "Federation of Andean Chambers of Trade and Industry"}, {"noActor": "Industry"}]},
  {"name": "a dictionary body", "body": "The IMF said governments must cut deficits.", "expect": [{"point": "demand International Monetary Fund -> Governments: governments must cut deficits"}]},
  {"name": "a name with a head word", "body": "The National Farmers Union said prices must rise.", "expect": [{"point": "demand National Farmers Union: prices must rise"}]},
  {"name": "a name with a company suffix", "body": "Northwind Shipping Ltd said it rejected the claims.", "expect": [{"actor": "Northwind Shipping Ltd"}]},
  {"name": "an acronym after its expansion", "body": "The Centre for Fair Trade (CFT) published a report. CFT said the levy must go.", "expect": [{"point": "demand Centre for Fair Trade: the levy must go"}]},
  {"name": "an acronym defined by the article beats the dictionary", "body": "The Regional Support Fund (RSF) said banks must lend more. The RSF added that rates should fall.", "expect": [{"point": "demand Regional Support Fund: rates should fall"}, {"noActor": "Reporters Without Borders"}]},
  {"name": "possessives, initials and connectors inside the name", "body": "The Public Prosecutor's Office of Malta and the N.B. Federation of Teachers said the law must change.", "expect": [{"point": "demand Public Prosecutor's Office of Malta"}, {"actor": "N.B. Federation of Teachers"}]},
  {"name": "a name opening with a demonym is one body", "body": "The Kenyan Association of Tea Growers said the tax must go.", "expect": [{"point": "demand Kenyan Association of Tea Growers: the tax must go"}, {"noActor": "Kenya"}]},
  {"name": "a longer name wins over the dictionary name inside it", "body": "The African Union Mission in Somalia (AUMS) urged donors to pay. AUMS said troops must be paid.", "expect": [{"point": "demand African Union Mission in Somalia: troops must be paid"}]},
  {"name": "a body's seat is the body; after in it is a place", "body": "Ministers met in Brussels on Monday. Brussels said the tariffs must be suspended.", "expect": [{"point": "demand European Union: the tariffs must be suspended"}, {"noActor": "Belgium"}]},
  {"name": "a law is no body", "body": "The Clean Rivers Act said firms must report spills.", "expect": [{"noActor": "Clean Rivers Act"}]},
  {"name": "a country's ministry is its government, a city's office is a body", "body": "Peru's Foreign Ministry said the border must stay open. The Lima Prosecutor's Office said the mayor must resign.", "expect": [{"point": "demand Peru: the border must stay open"}, {"point": "demand Lima Prosecutor's Office"}]},
  {"name": "a person's name run on to a body's before a verb is the person's", "body": "Minister of State at the Department of Agriculture Fergal Tormey said farmers must be heard.", "expect": [{"point": "demand Fergal Tormey"}, {"noActor": "Department of Agriculture Fergal Tormey"}]},
  {"name": "an of-phrase keeps its words before a verb", "body": "The Ministry of Foreign Affairs said talks must resume.", "expect": [{"point": "demand Ministry of Foreign Affairs"}]},
  {"name": "a body named for the one it serves, up to its acronym", "body": "The China Chamber of Commerce to the EU (CCCEU) said duties must be dropped.", "expect": [{"point": "demand China Chamber of Commerce to the EU"}]},
  {"name": "a person named with the body they are of", "body": "\"No fisherman can survive that,\" Japan's chief negotiator, Masato Ikegami of the Fisheries Agency, told reporters.", "expect": [{"point": "position Masato Ikegami"}, {"noActor": "Masato Ikegami of the Fisheries Agency"}]},
  {"name": "a policy is a document, not a body", "body": "Paris wants the Common Agricultural Policy (CAP) kept intact, the minister said.", "expect": [{"noActor": "Common Agricultural Policy"}]},
]);
