import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_speaking_groups", [
  {"name": "the plural opening its clause before a reporting verb", "body": "The bondholders accused the government of bad faith and called on the lenders' club to publish its figures.", "expect": [{"actor": "Bondholders"}, {"trace": "find_speaking_groups"}]},
  {"name": "a word of kind before the noun", "body": "In Lagos, the market traders said the levy would close their stalls.", "expect": [{"point": "position Market traders"}]},
  {"name": "past an auxiliary and an adverb", "body": "The ratepayers have repeatedly warned that bills are rising.", "expect": [{"point": "warning Ratepayers"}]},
  {"name": "a bare plural speaks of a kind of people, not a party", "body": "Traders said prices would rise.", "expect": [{"noActor": "Traders"}, {"noTrace": "find_speaking_groups"}]},
  {"name": "a plural naming things is no group", "body": "The indicators suggest the levy would raise prices.", "expect": [{"noActor": "Indicators"}]},
  {"name": "a plural that is no person's is no group", "body": "The requirements state that every driver must hold a permit. The inquiries found that the ministry had ignored warnings.", "expect": [{"noTrace": "find_speaking_groups"}]},
  {"name": "after a closing quotation mark", "body": "\u201cWe will not accept a haircut of this size,\u201d the bondholders said.", "expect": [{"point": "rejection Bondholders"}]},
  {"name": "a plural that is the object of a preposition is no subject", "body": "A spokesman for the bondholders said the offer was too low.", "expect": [{"noTrace": "find_speaking_groups"}]},
  {"name": "the body whose name holds the noun", "body": "The Atlantic Seafood Processors' Council met on Monday. The processors said the price reflected weak demand.", "expect": [{"point": "position Atlantic Seafood Processors' Council"}, {"noActor": "Processors"}]},
  {"name": "a noun another list knows is left to it", "body": "The officials said the talks would resume.", "expect": [{"noTrace": "find_speaking_groups"}]},
  {"name": "two bodies whose names hold the noun leave it a group", "body": "The Atlantic Processors' Council and the Gulf Processors' Association met on Monday. The processors said the price reflected weak demand.", "expect": [{"point": "position Processors"}]},
]);
