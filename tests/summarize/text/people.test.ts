import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { isNameWord, nameRun } from "../../../src/summarize/text/names.ts";
import { mayRunOn, singularOf } from "../../../src/summarize/text/people.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function state(body: string) {
  const st = new SummarizeState(article(body), lex);
  split_sentences(st);
  return st;
}

const R = suite("mayRunOn");
R("mayRunOn :: true wherever nameRun takes two words or more", () => {
  const st = state("Maria Olsen met Jon de Vries, J. R. Holden and Ludwig van Beethoven. Reuters said so, Olsen added.");
  let runs = 0;
  for (const s of st.sentences)
    for (let i = 0; i < s.tokens.length; i++) {
      if (!isNameWord(st, s.tokens[i])) continue;
      if (nameRun(st, s, i) - i < 2) continue;
      runs++;
      assert.ok(mayRunOn(st, s.tokens, i), s.tokens[i]!.text);
    }
  assert.ok(runs >= 3);
});
R("mayRunOn :: a name word before a name word or a particle", () => {
  const st = state("Maria Olsen met Jon de Vries");
  const toks = st.sentences[0]!.tokens;
  assert.ok(mayRunOn(st, toks, 0));
  assert.ok(mayRunOn(st, toks, 3));
});
R("mayRunOn :: not before a comma, a lowercase word or the end (fail)", () => {
  const st = state("Reuters, said Olsen");
  const toks = st.sentences[0]!.tokens;
  assert.not.ok(mayRunOn(st, toks, 0));
  assert.not.ok(mayRunOn(st, toks, 3));
  const st2 = state("Olsen said");
  assert.not.ok(mayRunOn(st2, st2.sentences[0]!.tokens, 0));
});
R.run();

const P = suite("singularOf");
const singulars: [string, string][] = [
  ["agencies", "agency"],
  ["bondholders", "bondholder"],
  ["unions", "union"],
  ["press", "press"],
  ["business", "business"],
  ["police", "police"],
];
for (const [plural, one] of singulars) P(`singularOf :: ${plural} -> ${one}`, () => assert.is(singularOf(plural), one));
P.run();
