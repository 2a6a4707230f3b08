// Where an article's name words stand, found once for the rules that look for people: each
// asks only about name words, and sentences and their tokens never change once split.
//   "Maria Olsen told Reuters." -> runs [0, 2) and [3, 4): "Maria Olsen" and "Reuters"
import type { Sentence } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";

/** The runs of name words side by side in each sentence, in order. */
export interface NameWordRuns {
  /** Run r is tokens [at[r], at[r + 1]) for even r. */
  readonly at: readonly number[];
  /** Sentence k's runs are at[first[k]] to at[first[k + 1]] (the sentences as state.sentences lists them). */
  readonly first: readonly number[];
}

const runsOf = new WeakMap<readonly Sentence[], NameWordRuns>();

/** The runs of name words of every sentence of `sentences` (state.sentences). */
export function nameWordRuns(sentences: readonly Sentence[]): NameWordRuns {
  let runs = runsOf.get(sentences);
  // Sentences are only ever added by splitting: the runs are found again should the list have grown.
  if (runs === undefined || runs.first.length !== sentences.length + 1) runsOf.set(sentences, (runs = findRuns(sentences)));
  return runs;
}

function findRuns(sentences: readonly Sentence[]): NameWordRuns {
  const at: number[] = [];
  const first: number[] = [];
  for (const s of sentences) {
    first.push(at.length);
    // A sentence without the bit has no name word.
    if (!(s.flags & WordFlag.NAME_WORD)) continue;
    const toks = s.tokens;
    let open = -1;
    for (let i = 0; i < toks.length; i++) {
      const nameWord = (toks[i]!.flags & WordFlag.NAME_WORD) !== 0;
      if (nameWord && open < 0) open = i;
      else if (!nameWord && open >= 0) {
        at.push(open, i);
        open = -1;
      }
    }
    if (open >= 0) at.push(open, toks.length);
  }
  first.push(at.length);
  return { at, first };
}
