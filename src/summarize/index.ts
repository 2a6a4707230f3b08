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
  /**
   * The summary of each article, as `summarize` gives it, or the error its rules met: one
   * article's fault spares the others. Runs rule by rule over batches of articles.
   */
  summarizeMany(articles: readonly Article[]): (Summary | Error)[];
  /** Sentence by sentence, which rules fired and why. */
  explain(article: Article): string;
  readonly extract: Ruler<Rule>;
  readonly post: Ruler<Rule>;
  readonly lexicon: Lexicon;
}

/**
 * Article text (characters) per batch of summarizeMany: enough articles for each rule's code to
 * stay warm (on the bench, 160,000 runs about 4% faster than 96,000, and larger batches gain
 * nothing more), few enough that the live states of a batch stay small whatever the articles'
 * length: a few megabytes at this size, well inside the young generation (see young_states.ts for
 * how the collector treats them).
 */
export const BATCH_CHARS = 160_000;

/** The end of the batch that starts at `from`: at least one article, then up to BATCH_CHARS of text. */
function batchEnd(articles: readonly Article[], from: number): number {
  let chars = sizeOf(articles[from]!);
  let end = from + 1;
  while (end < articles.length && chars + sizeOf(articles[end]!) <= BATCH_CHARS) chars += sizeOf(articles[end++]!);
  return end;
}

/** Characters of an article's text. An article that breaks its type (read from JSON) still measures, as 0: its fault is its own summary's. */
function sizeOf(article: Article): number {
  return lengthOf(article?.body) + lengthOf(article?.title);
}

function lengthOf(text: unknown): number {
  return typeof text === "string" ? text.length : 0;
}

/**
 * Summaries of articles[from, to) into out[from, to): every rule over the batch in turn, then the
 * summaries; an article whose rule throws gets the error and drops out of the batch. A function
 * of its own, called once per batch, so that the engine optimizes it early: summarizeMany is called
 * once for a whole run, and loops of its own would run in unoptimized code.
 */
function summarizeBatch(articles: readonly Article[], from: number, to: number, rules: readonly Rule[], lexicon: Lexicon, out: (Summary | Error)[]): void {
  const states: (SummarizeState | null)[] = [];
  for (let i = from; i < to; i++) states.push(new SummarizeState(articles[i]!, lexicon, false));
  const fail = (k: number, e: unknown) => {
    out[from + k] = e instanceof Error ? e : new Error(String(e));
    states[k] = null;
  };
  for (let r = 0; r < rules.length; r++) runRule(rules[r]!, states, fail);
  for (let k = 0; k < states.length; k++) {
    const state = states[k];
    if (!state) continue;
    try {
      out[from + k] = buildSummary(state);
    } catch (e) {
      fail(k, e);
    }
  }
}

/** One rule over a batch's states; a state whose rule throws is failed and left out from then on. */
function runRule(rule: Rule, states: readonly (SummarizeState | null)[], fail: (k: number, e: unknown) => void): void {
  for (let k = 0; k < states.length; k++) {
    const state = states[k];
    if (!state) continue;
    try {
      rule(state);
    } catch (e) {
      fail(k, e);
    }
  }
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
  // Each rule runs over a batch of articles before the next rule starts: its code and the
  // lexicon data it reads stay warm in the processor's caches, which pays more than the
  // batch's states cost in memory. Articles never share state, so the order changes nothing.
  const summarizeMany = (articles: readonly Article[]): (Summary | Error)[] => {
    const out: (Summary | Error)[] = [];
    const rules = [...extract.getRules(), ...post.getRules()];
    for (let i = 0, end = 0; i < articles.length; i = end) {
      end = batchEnd(articles, i);
      summarizeBatch(articles, i, end, rules, lexicon, out);
    }
    return out;
  };
  return {
    extract,
    post,
    lexicon,
    summarize: (article) => buildSummary(run(article, false)),
    summarizeMany,
    explain: (article) => explainState(run(article, true)),
  };
}
