import { ruleSuite } from "../rule_cases.ts";

ruleSuite("clip_key_point", [
  {"name": "quotation marks set off by spaces leave single spaces", "body": "Chile said the so-called \" red line \" must hold.", "expect": [{"point": "Chile: the so-called red line must hold"}]},
  {"name": "quotes and the leading that are trimmed", "body": "The Miners Union said that “the mine must stay open.”", "expect": [{"point": "demand Miners Union: the mine must stay open"}]},
  {"name": "a participle aside is cut off", "body": "The Miners Union said the mine must stay open, citing record orders.", "expect": [{"point": "demand Miners Union: the mine must stay open"}, {"noPoint": "open, citing"}]},
  {"name": "a dateline is no part of the point", "body": "LIMA, Peru — Fishing boats stayed in port, the Anchovy Fleet Association said on Monday.", "expect": [{"point": "position Anchovy Fleet Association: Fishing boats stayed in port"}]},
  {"name": "a reporter's attribution at the end is cut", "body": "Peru and Chile have questioned the quota altogether, diplomats said.", "expect": [{"point": "position Peru: the quota altogether"}, {"noPoint": "diplomats said"}]},
  {"name": "a one-noun clause keeps its verb", "body": "The Harbour Pilots Association welcomed the decision.", "expect": [{"point": "position Harbour Pilots Association: welcomed the decision"}]},
  {"name": "the aside naming the speaker leaves the point", "body": "Danish Defence Minister Lars Vestergaard spoke on Monday. The tanker would stay at anchor, he said, until its owners paid the fine.", "expect": [{"point": "position Lars Vestergaard: The tanker would stay at anchor until its owners paid the fine"}]},
]);
