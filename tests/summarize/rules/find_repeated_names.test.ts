import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_repeated_names", [
  {"name": "a full name first, the surname later", "body": "Talks with Hana Kim ended late. Kim warned that the strike would spread.", "expect": [{"point": "warning Hana Kim"}], "needsRule": {"point": "warning Hana Kim"}},
  {"name": "a phrase whose last word never stands alone is no person", "body": "The Harbour Day Accord was recalled by the minister Ana Ode, who said calm must prevail.", "expect": [{"noActor": "Harbour Day Accord"}]},
]);
