import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSummarizer } from "../../../src/summarize/index.ts";
import { SummarizeState } from "../../../src/summarize/state.ts";
import split_sentences from "../../../src/summarize/rules/split_sentences.ts";
import { isOrgHead } from "../../../src/summarize/text/names.ts";
import { article } from "../run.ts";

const lex = createSummarizer().lexicon;

function state(body: string) {
  const st = new SummarizeState(article(body), lex);
  split_sentences(st);
  return st;
}

const H = suite("isOrgHead");
H("isOrgHead :: the same as the list of heads asked of every token", () => {
  const st = state("The Ministry of Finance and Acme Holdings met the ministry's Commission. Treasury officials, the Union and GHI Corp. said so (Ltd).");
  let heads = 0;
  for (const s of st.sentences)
    for (const t of s.tokens) {
      const listed = lex.orgHeads.has(t.text);
      if (listed) heads++;
      assert.is(isOrgHead(st, t), listed, t.text);
    }
  assert.ok(heads >= 3);
});
H("isOrgHead :: no token, no head (fail)", () => {
  const st = state("Acme said.");
  assert.not.ok(isOrgHead(st, undefined));
  assert.not.ok(isOrgHead(st, st.sentences[0]!.tokens[1]));
});
H.run();
