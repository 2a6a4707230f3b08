import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_organisations", [
  {"name": "a dictionary body", "body": "The IMF said governments must cut deficits.", "expect": [{"point": "demand International Monetary Fund: governments must cut deficits"}]},
  {"name": "a name with a head word", "body": "The National Farmers Union said prices must rise.", "expect": [{"point": "demand National Farmers Union: prices must rise"}]},
  {"name": "a name with a company suffix", "body": "Northwind Shipping Ltd said it rejected the claims.", "expect": [{"actor": "Northwind Shipping Ltd"}]},
  {"name": "an acronym after its expansion", "body": "The Centre for Fair Trade (CFT) published a report. CFT said the levy must go.", "expect": [{"point": "demand Centre for Fair Trade: the levy must go"}]},
]);
