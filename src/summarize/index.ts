// The summarizer: the lexicon loaded once, two rule chains, and a summary per article.
import type { Article } from "../ingest/article.ts";
import { EXTRACT_RULES, POST_RULES } from "./chain.ts";
import { explainState } from "./explain.ts";
import { loadLexicon, shippedLexicon } from "./lexicon/load.ts";
import type { Lexicon } from "./lexicon/types.ts";
import type { Rule } from "./rule.ts";
import { Ruler } from "./ruler.ts";
import { SummarizeState } from "./state.ts";
import { buildSummary } from "./summary.ts";
import type { Summary } from "./types.ts";

export { LexiconError } from "./lexicon/types.ts";
export type { Rule } from "./rule.ts";

export interface SummarizerOptions {
  /** The operator's extra dictionary files, read after the shipped ones (same formats). */
  dictionaries?: string[];
  /** Rules switched off by name, in either chain. */
  disabledRules?: string[];
}

export interface Summarizer {
  /** Actors and key points of one article; the same article always gives the same summary. */
  summarize(article: Article): Summary;
  /** Sentence by sentence, which rules fired and why. */
  explain(article: Article): string;
  readonly extract: Ruler<Rule>;
  readonly post: Ruler<Rule>;
  readonly lexicon: Lexicon;
}

export function createSummarizer(opts: SummarizerOptions = {}): Summarizer {
  const lexicon = opts.dictionaries?.length ? loadLexicon(opts.dictionaries) : shippedLexicon();
  const extract = new Ruler<Rule>();
  const post = new Ruler<Rule>();
  for (const [name, fn] of EXTRACT_RULES) extract.push(name, fn);
  for (const [name, fn] of POST_RULES) post.push(name, fn);
  for (const name of opts.disabledRules ?? []) {
    if (extract.names().includes(name)) extract.disable(name);
    else post.disable(name); // throws "unknown rule" for a name in neither chain
  }
  const run = (article: Article, tracing: boolean): SummarizeState => {
    const state = new SummarizeState(article, lexicon, tracing);
    for (const rule of extract.getRules()) rule(state);
    for (const rule of post.getRules()) rule(state);
    return state;
  };
  return {
    extract,
    post,
    lexicon,
    summarize: (article) => buildSummary(run(article, false)),
    explain: (article) => explainState(run(article, true)),
  };
}
