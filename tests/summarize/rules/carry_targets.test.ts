import { ruleSuite } from "../rule_cases.ts";

ruleSuite("carry_targets", [
  {"name": "a quoted command is made of the one party its speaker asks elsewhere", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus. “Pay what you owe,” she said.", "expect": [{"point": "demand Ana Ode -> Harbour Ferries: Pay what you owe"}], "needsRule": {"point": "-> Harbour Ferries: Pay what you owe"}},
  {"name": "a demand of the speaker's own side carries the party too", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus. “We must be paid what we are owed,” she said.", "expect": [{"point": "demand Ana Ode -> Harbour Ferries: We must be paid"}], "needsRule": {"point": "-> Harbour Ferries: We must be paid"}},
  {"name": "a speaker asking two parties gives neither", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus and urged the Port Authority to step in. “Pay what you owe,” she said.", "expect": [{"point": "demand Ana Ode: Pay what you owe"}, {"noPoint": "-> Harbour Ferries: Pay"}, {"noPoint": "-> Port Authority: Pay"}]},
  {"name": "a subject the words name binds itself, actor or not", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus. “Ticket prices must come down,” she said.", "expect": [{"point": "demand Ana Ode: Ticket prices must come down"}, {"noPoint": "-> Harbour Ferries: Ticket prices"}]},
  {"name": "the one a verb asks is named, though no actor", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus. She also urged every rider to join the march.", "expect": [{"point": "demand Ana Ode: urged every rider"}, {"noPoint": "-> Harbour Ferries: urged every rider"}]},
  {"name": "another speaker's demand is not carried", "body": "Union leader Ana Ode called on Harbour Ferries to restore the bonus. “Pay what you owe,” said Mayor Rui Costa.", "expect": [{"noPoint": "-> Harbour Ferries: Pay what you owe"}]},
]);
