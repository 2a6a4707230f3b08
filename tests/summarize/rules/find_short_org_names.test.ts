import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_short_org_names", [
  {"name": "a lone head word is the body whose name it ends", "body": "Mayor Ana Lopez said the National Treasury must release the grant. Treasury officials said the money was ready.", "expect": [{"actor": "National Treasury"}, {"noActor": "Treasury"}]},
  {"name": "a company named without its head word", "body": "Dockers struck at Coral Bay Terminals on Monday. Coral Bay said the strike must end.", "expect": [{"point": "demand Coral Bay Terminals: the strike must end"}], "needsRule": {"point": "demand Coral Bay Terminals: the strike must end"}},
  {"name": "a company named without its suffix", "body": "Veltro Inc. cut 400 jobs. Veltro says regulators must approve the merger.", "expect": [{"point": "demand Veltro Inc -> Regulators: regulators must approve the merger"}]},
  {"name": "the short name found first joins the full name", "body": "Talks with energy trader Solvane Power collapsed. Solvane, which owns four plants, said the tariff must be scrapped.", "expect": [{"point": "demand Solvane Power: the tariff must be scrapped"}, {"noActor": "Solvane"}]},
  {"name": "an institution's name is not shortened", "body": "The Harbour Pilots Council met. Harbour said nothing.", "expect": [{"noActor": "Harbour"}]},
  {"name": "a one-word body named by its kind noun recurs as a body", "body": "The regulator fined budget carrier Skyvane on Monday. Skyvane said the fine must be reviewed.", "expect": [{"point": "demand Skyvane: the fine must be reviewed"}, {"actorKind": ["Skyvane", "organisation"]}], "needsRule": {"actorKind": ["Skyvane", "organisation"]}},
  {"name": "a name opening with its head word is named by the word after", "body": "Italy will rescue Banca Tirrenica di Risparmio. Tirrenica said it must cut costs.", "expect": [{"point": "demand Banca Tirrenica di Risparmio"}]},
  {"name": "a body named again without its country's word", "body": "According to the Polish Border Guard, the group included 14 children. The Border Guard said it had taken everyone to a reception centre.", "expect": [{"point": "position Polish Border Guard: it had taken everyone to a reception centre"}, {"noActor": "Border Guard"}]},
  {"name": "a body named without its country's name", "body": "The US Forest Service halted the burns. The Forest Service said the review would take a month.", "expect": [{"noActor": "Forest Service"}, {"point": "position US Forest Service"}]},
]);
