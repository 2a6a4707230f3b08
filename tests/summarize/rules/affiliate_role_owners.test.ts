import { ruleSuite } from "../rule_cases.ts";

ruleSuite("affiliate_role_owners", [
  {"name": "its role before the name", "body": "The Harbour Pilots Guild called a strike on Monday. Its leader, Tomas Reyes, said the guild wanted the port to hire more pilots.", "expect": [{"trace": "Tomas Reyes acts for Harbour Pilots Guild"}, {"point": "demand Tomas Reyes"}, {"noPoint": "demand Harbour Pilots Guild"}], "needsRule": {"point": "demand Tomas Reyes"}},
  {"name": "a named body's role before the name", "body": "The Harbour Pilots Guild called a strike. “Enough,” said the guild's general secretary, Tomas Reyes.", "expect": [{"trace": "Tomas Reyes acts for Harbour Pilots Guild"}]},
  {"name": "its role after the name", "body": "The Harbour Pilots Guild called a strike. Tomas Reyes, its founder, said the guild wanted the port to hire more pilots.", "expect": [{"trace": "Tomas Reyes acts for Harbour Pilots Guild"}, {"point": "demand Tomas Reyes"}]},
  {"name": "a role owned by no one", "body": "The Harbour Pilots Guild called a strike. Tomas Reyes, a ferry captain, said the guild wanted the port to hire more pilots.", "expect": [{"noPoint": "demand Tomas Reyes"}, {"point": "demand Harbour Pilots Guild"}]},
  {"name": "a person's own role says no body", "body": "The Harbour Pilots Guild called a strike. Ana Ode's lawyer, Tomas Reyes, said the guild wanted the port to hire more pilots.", "expect": [{"noPoint": "demand Tomas Reyes"}]},
  {"name": "its points to the body that opened the last clause, not the last body named", "body": "The Harbour Pilots Guild, the largest union at the Port Authority, called a strike. Its leader, Tomas Reyes, said the guild wanted more pilots.", "expect": [{"trace": "Tomas Reyes acts for Harbour Pilots Guild"}]},
]);
