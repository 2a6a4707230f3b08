// collect_unplaced: capitalised phrases of two or more words that no rule
// placed, so an operator sees where the dictionaries have gaps.
//   "a statement on Fox News" -> "Fox News"
//   "under the 1998 Harbour Day Accord" -> "Harbour Day Accord"
//   "Russian Foreign Minister Ivan Sorin" -> nothing (placed)
import type { Rule } from "../rule.ts";

const collect_unplaced: Rule = (state) => {
  const found = new Set<string>();
  const { nonNames, sentenceStarters } = state.lex.words;
  for (const s of state.sentences) {
    if (s.skip || s.titleCase) continue;
    const toks = s.tokens;
    // A phrase opens at a capitalised token (s.caps); the next one is looked for past its end.
    let from = 0;
    for (const i of s.caps) {
      // A mention's capitals are placed: its tokens need not be read.
      if (i < from || state.mentionAt(s, i) || !toks[i]!.word) continue;
      // toks[i] is capitalised (s.caps), a word and no mention's: the phrase runs on past it.
      let j = i + 1;
      while (j < toks.length && toks[j]!.cap && toks[j]!.word && !state.mentionAt(s, j)) j++;
      from = j;
      // A phrase of one word is no phrase, whatever words it opens with.
      if (j - i < 2) continue;
      let a = i;
      while (a < j && (nonNames.has(toks[a]!.low) || sentenceStarters.has(toks[a]!.low))) a++;
      if (j - a >= 2) found.add(state.surface(s, a, j));
    }
  }
  state.unplaced = [...found].sort();
};

export default collect_unplaced;
