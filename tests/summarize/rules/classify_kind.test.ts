import { ruleSuite } from "../rule_cases.ts";

ruleSuite("classify_kind", [
  {"name": "a modal makes a demand", "body": "The Nurses Union said staffing must improve.", "expect": [{"point": "demand Nurses Union"}]},
  {"name": "a condition makes a demand", "body": "The Nurses Union said: “If the board restores the bonus, we will return.”", "expect": [{"point": "demand Nurses Union"}]},
  {"name": "a rejection verb", "body": "The Nurses Union rejected the offer.", "expect": [{"point": "rejection Nurses Union: rejected the offer"}]},
  {"name": "a warning verb", "body": "The Nurses Union warned of walkouts.", "expect": [{"point": "warning Nurses Union"}]},
  {"name": "a noun after a neutral verb", "body": "The Nurses Union expressed a willingness to talk.", "expect": [{"point": "offer Nurses Union"}]},
  {"name": "a participle provided is no condition", "body": "The Nurses Union criticised the aid being provided to hospitals.", "expect": [{"noPoint": "demand"}]},
]);
