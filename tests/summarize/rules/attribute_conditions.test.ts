import { ruleSuite } from "../rule_cases.ts";

ruleSuite("attribute_conditions", [
  {"name": "terms set with a neutral verb", "body": "Quito has made any fishing accord conditional on Lima withdrawing its patrol boats.", "expect": [{"point": "demand Ecuador -> Peru"}], "needsRule": {"point": "demand Ecuador"}},
  {"name": "terms set by conditioning one's support", "body": "Quito conditioned its support on Lima withdrawing its patrol boats.", "expect": [{"point": "demand Ecuador: conditioned its support on Lima withdrawing its patrol boats"}]},
  {"name": "a condition set by a body", "body": "The Teachers Guild has set as a condition of any deal a cap on class sizes.", "expect": [{"point": "demand Teachers Guild"}]},
  {"name": "a condition inside a statement stays the speaker's", "body": "Finance Minister Ana Ode said the loan was conditional on new audits.", "expect": [{"point": "demand Ana Ode"}, {"noPoint": "attribute_conditions"}]},
  {"name": "a deadline sets terms, and names who must meet it", "body": "The National Pharmaceutical Pricing Authority (NPPA) met Valmont Pharma. The NPPA set a deadline of June 30 for Valmont to submit a revised offer.", "expect": [{"point": "demand National Pharmaceutical Pricing Authority -> Valmont Pharma"}]},
  {"name": "setting conditions sets terms", "body": "The Ferry Workers' Union has set two conditions for a deal: a pay rise and a shorter roster.", "expect": [{"point": "demand Ferry Workers' Union"}]},
  {"name": "made something a condition", "body": "Chief negotiator Adriana Restrepo has made the releases a condition.", "expect": [{"point": "demand Adriana Restrepo"}]},
  {"name": "a condition one is in sets no terms", "body": "Chief negotiator Adriana Restrepo remained in a stable condition.", "expect": [{"noPoint": "demand"}]},
  {"name": "what is not a condition sets no terms", "body": "\u201cThis is not a condition,\u201d chief negotiator Adriana Restrepo said.", "expect": [{"noPoint": "demand"}]},
  {"name": "a condition one suffers from sets no terms", "body": "Finance Minister Ana Ode suffers from a condition called lupus.", "expect": [{"noPoint": "demand"}]},

]);
