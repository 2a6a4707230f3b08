// attribute_legal_texts: a bill, rule or plan that binds someone asks it in its author's name.
//   "Chile's government sent Congress a bill that would require companies to clear ..."
//     -> Chile demands (the sentence's subject wrote the bill)
//   "The Commission's draft requires importers to register" -> the Commission demands
//   "The Commission published rules on Tuesday. Under the plan, banks would have to ..."
//     -> the Commission demands (the author of the last text the article named)
//   "Farmers protested against a law that would require them to ..." -> nothing (protesting writes no law)
//   "Ode said the bill would require employers to ..." -> nothing here (Ode's statement covers it)
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { cueAt } from "../text/cues.ts";
import { frame, framed, quoteEnd, subjectsAt } from "../text/frames.ts";
import { quoted } from "../text/subject.ts";
import { subjectEnd, verbAt } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "attribute_legal_texts";
/** How far the writing verb may stand from the text it writes ("sent Congress a bill"). */
const OBJECT_REACH = 4;
/** Words that may stand between a legal text and its binding verb ("that would also require"). */
const BETWEEN = new Set(["that", "which", "would", "will", "also", "now", "effectively", "still"]);

/** Who wrote a text, where its author's words begin, and whether the text is named by its author ("the Commission's draft"). */
interface Byline {
  key: string;
  t0: number;
  direct: boolean;
}

const attribute_legal_texts: Rule = (state) => {
  // The author of the last text the article named, for a later "under the plan".
  let latest: string | undefined;
  for (const s of state.sentences) {
    if (!(s.flags & WordFlag.LEGAL_TEXT) || s.skip || s.index < 0 || (s.mentions.length === 0 && !latest)) continue;
    const toks = s.tokens;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (!(t.flags & WordFlag.LEGAL_TEXT) || t.cap || quoted(s)[i]) continue;
      const byline = writtenBy(state, s, i);
      if (byline) latest = byline.key;
      if (byline && binds(state, s, i, byline)) break;
      // "Under Chile's plan", or "Under the plan" after the article said who wrote one.
      const author = byline?.direct ? byline.key : /^(?:the|its|their)$/.test(toks[i - 1]!.low) ? latest : undefined;
      if (author && under(state, s, i, author)) break;
    }
  }
};

/** The author the sentence gives a text: its subject, when it wrote it ("sent Congress a bill"); or the actor it is named by ("the Commission's draft"). */
function writtenBy(state: SummarizeState, s: Sentence, i: number): Byline | undefined {
  const toks = s.tokens;
  const k = toks[i - 1]!.low === "'s" ? i - 1 : tokenAt(toks, i - 2)?.low === "'s" && !toks[i - 1]!.cap ? i - 2 : i;
  const owner = state.mentionAt(s, k - 1);
  if (owner && owner.role === "actor" && owner.t1 === k && !owner.plural) return { key: owner.key, t0: owner.t0, direct: true };
  const { authoringVerbs } = state.lex.words;
  for (let v = i - 1; v > 0 && i - v <= OBJECT_REACH; v--) {
    const w = toks[v]!;
    if (!w.word || w.low === "that" || w.low === "which") return undefined;
    if (!authoringVerbs.has(w.low)) continue;
    // The verb's own subject, past a date or an adverb ("Chile's government on Wednesday sent").
    const e = subjectEnd(state, s, v);
    const subj = e > 0 ? subjectsAt(state, s, e)[0] : undefined;
    return subj && !quoted(s)[subj.t0] ? { key: subj.key, t0: subj.t0, direct: false } : undefined;
  }
  return undefined;
}

/** "a bill that would require X to ...", "The Commission's draft requires X to ...": a demand in the author's name. */
function binds(state: SummarizeState, s: Sentence, i: number, author: Byline): boolean {
  const toks = s.tokens;
  let k = i + 1;
  // A text the subject wrote binds through a relative clause; one named by its author may bind directly.
  if (!author.direct && toks[k]?.low !== "that" && toks[k]?.low !== "which") return false;
  while (k < toks.length && BETWEEN.has(toks[k]!.low)) k++;
  const verb = toks[k] && !toks[k]!.cap ? verbAt(state, toks, k) : null;
  const hit = verb?.values[0];
  if (!verb || hit?.kind !== "demand" || framed(state, s, k)) return false;
  const inQuote = quoted(s);
  frame(state, s, { actor: author.key, s0: author.direct ? author.t0 : i, s1: i + 1, v0: k, v1: verb.end, kind: "demand", objectTo: hit.objectTo, c0: verb.end, c1: quoteEnd(s, k, inQuote), rule: RULE, how: `the ${toks[i]!.low} its author wrote` });
  return true;
}

/** "Under the rules, banks would have to ...": what the text asks, in its author's name, when the clause asks something. */
function under(state: SummarizeState, s: Sentence, i: number, author: string): boolean {
  const toks = s.tokens;
  const open = s.dateline;
  if (toks[open]?.low !== "under" || i - open > 3 || toks[i + 1]?.text !== ",") return false;
  const c0 = i + 2;
  const inQuote = quoted(s);
  let asks = false;
  for (let t = c0; t < toks.length && !asks; t++) asks = cueAt(state, s, t, c0)?.hit.kind === "demand";
  if (!asks || framed(state, s, c0)) return false;
  frame(state, s, { actor: author, s0: open, s1: i + 1, v0: c0, v1: c0, kind: "position", objectTo: false, c0, c1: quoteEnd(s, c0, inQuote), rule: RULE, how: `under the ${toks[i]!.low} its author wrote` });
  return true;
}

export default attribute_legal_texts;
