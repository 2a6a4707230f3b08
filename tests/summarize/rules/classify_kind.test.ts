import { ruleSuite } from "../rule_cases.ts";

ruleSuite("classify_kind", [
  {"name": "a modal makes a demand", "body": "The Nurses Union said staffing must improve.", "expect": [{"point": "demand Nurses Union"}]},
  {"name": "a condition makes a demand", "body": "The Nurses Union said: “If the board restores the bonus, we will return.”", "expect": [{"point": "demand Nurses Union"}]},
  {"name": "a rejection verb", "body": "The Nurses Union rejected the offer.", "expect": [{"point": "rejection Nurses Union: rejected the offer"}]},
  {"name": "a warning verb", "body": "The Nurses Union warned of walkouts.", "expect": [{"point": "warning Nurses Union"}]},
  {"name": "a noun after a neutral verb", "body": "The Nurses Union expressed a willingness to talk.", "expect": [{"point": "offer Nurses Union"}]},
  {"name": "a participle provided is no condition", "body": "The Nurses Union criticised the aid being provided to hospitals.", "expect": [{"noPoint": "demand"}]},
  {"name": "a condition in a clause that looks ahead is a demand", "body": "The Fishers Guild said it would sign only after the quota was doubled.", "expect": [{"point": "demand Fishers Guild"}]},
  {"name": "a condition in a narrated clause is not", "body": "The Fishers Guild said its boats had left port only after the storm passed.", "expect": [{"noPoint": "demand Fishers Guild"}]},
  {"name": "unless sets terms", "body": "Finance Minister Ana Ode warned that Chile would halt payments unless Peru withdrew the levy.", "expect": [{"point": "demand Ana Ode -> Peru"}]},
  {"name": "expecting someone to act is a demand", "body": "The Fishers Guild said: “We expect the ministry to publish the quotas.”", "expect": [{"point": "demand Fishers Guild"}]},
  {"name": "expecting to act oneself is not", "body": "The Fishers Guild said it expects to publish its accounts.", "expect": [{"noPoint": "demand Fishers Guild"}]},
  {"name": "we cannot is a statement about ourselves", "body": "“We cannot keep paying for everyone,” the Fishers Guild said.", "expect": [{"noPoint": "demand Fishers Guild"}]},
  {"name": "time for someone to act", "body": "Mayor Ana Ode said it was time for Madrid to pay its share.", "expect": [{"point": "demand Ana Ode -> Spain"}]},
  {"name": "expecting things to happen is a forecast", "body": "The Fishers Guild said it expects prices to rise next year.", "expect": [{"noPoint": "demand Fishers Guild"}]},
  {"name": "until sets terms only after a negation", "body": "The Fishers Guild said its boats will not sail until the quota is restored.", "expect": [{"point": "demand Fishers Guild"}]},
  {"name": "until in a plain time phrase is no demand", "body": "The Fishers Guild said talks will continue until Friday.", "expect": [{"noPoint": "demand Fishers Guild"}]},
]);
