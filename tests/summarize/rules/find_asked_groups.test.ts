import { ruleSuite } from "../rule_cases.ts";

ruleSuite("find_asked_groups", [
  {"name": "people asked to act are a group", "body": "Housing Minister Ana Ode urged the premiers to adopt caps of their own.", "expect": [{"point": "demand Ana Ode -> Premiers"}], "needsRule": {"point": "-> Premiers"}},
  {"name": "words of kind before the noun are part of its name", "body": "Senator Ana Ode called on the federal agencies to withdraw the proposal.", "expect": [{"point": "demand Ana Ode -> Federal agencies"}]},
  {"name": "things asked to happen are no group", "body": "Chile urged the talks to resume.", "expect": [{"noPoint": "-> "}]},
  {"name": "both of the parties named are no group of their own", "body": "Chile and Peru met in Lima. Brazil urged both governments to talk.", "expect": [{"noActor": "Both governments"}]},
  {"name": "a phrase that runs on past its noun names no group", "body": "Chile urged other coastal states on the route to follow its example.", "expect": [{"noActor": "Other coastal states"}]},
]);
