import { ruleSuite } from "../rule_cases.ts";

ruleSuite("join_known_names", [
  {"name": "the name a body is known by is that body", "body": "Italy's data protection authority opened an inquiry. The authority, known in Italy as the Garante, gave the company 20 days to reply. The Garante said the app had 2.3 million users.", "expect": [{"actor": "Garante"}, {"noActor": "Italy's data protection authority"}, {"trace": "\"Garante\" is Italy's data protection authority"}]},
  {"name": "known for something names nothing", "body": "Rheinjet, known for its low fares, said it would cut flights.", "expect": [{"noTrace": "join_known_names"}]},
  {"name": "a name that opens a longer phrase is no name given", "body": "Poland, known in Brussels as NATO's most hawkish member, wants more troops.", "expect": [{"noTrace": "join_known_names"}, {"actor": "Poland"}]},
]);
