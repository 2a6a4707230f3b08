import { ruleSuite } from "../rule_cases.ts";

// The patterns are ingest's (src/ingest/data/boilerplate.json); the trace names the one that fired.
ruleSuite("skip_boilerplate", [
  {"name": "a See also line never makes a point", "body": "See also  Ministers must resign, critics say\nThe union said wages must rise.", "expect": [{"noPoint": "Ministers must resign"}, {"trace": "skipped: boilerplate (see_also)"}]},
  {"name": "a comment form never makes a point", "body": "The board said it would appeal.\nRequired fields are marked *. Workers must log in.", "expect": [{"noPoint": "log in"}, {"trace": "skipped: boilerplate (required_fields)"}]},
  {"name": "a caption never makes a point", "body": "Caption: Union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (media_label)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a reader prompt never makes a point", "body": "Follow our live coverage: Union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (reader_prompt)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a sign-up prompt never makes a point", "body": "Sign up for the Harbour Letter: union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (account_prompt)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a link under Related: never makes a point", "body": "The board said it would appeal.\nRelated: union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (link_list)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a source note never makes a point", "body": "Source: union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (source_note)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a note about the article never makes a point", "body": "This article was amended: union leader Ana Ode demanded that the port reopen.", "expect": [{"noPoint": "the port reopen"}, {"trace": "skipped: boilerplate (article_note)"}], "needsRule": {"noPoint": "the port reopen"}},
  {"name": "a bare heading is skipped", "body": "Context:\nThe board said it would appeal.", "expect": [{"trace": "skipped: heading"}], "needsRule": {"trace": "skipped: heading"}},
  {"name": "reporting that opens with a furniture word is kept", "body": "Subscribers to the ferry pass must pay less, union leader Ana Ode said.", "expect": [{"point": "Subscribers to the ferry pass must pay less"}]},
  {"name": "copyright as a subject is kept", "body": "Copyright law must change, union leader Ana Ode said.", "expect": [{"point": "Copyright law must change"}]},
  {"name": "sources without a colon are kept", "body": "Sources said union leader Ana Ode demanded that the port reopen.", "expect": [{"point": "the port reopen"}]},
  {"name": "a line over 200 characters is reporting, whatever its opening", "body": "Related: the union has demanded that the port reopen immediately, its leader Ana Ode told reporters on Monday, adding that the members would not return to work until the operator withdrew the dismissal notices.", "expect": [{"point": "withdrew the dismissal notices"}]},
]);
