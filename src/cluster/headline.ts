// A story's title and its short extractive summary.
// Title: the members' headline most representative of the story (its words
// found in most members), else the lead's first sentence cut to its main
// clause and to TITLE_MAX characters.
//   "As talks stalled, Ostland closed the strait to grain ships, officials said on Monday."
//     -> "Ostland closed the strait to grain ships"
// Summary: lead-biased, as news puts the event first: the lead article's
// opening sentences, plus one sentence from another member only when it adds
// words the story shares and the lead's opening lacks.
// Reporting verbs and pronouns are the summarizer lexicon's (lexicon.ts).
import type { Digested } from "./types.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { contentWords, jaccard, plainWords } from "./tokens.ts";
import { wordLists } from "./words.ts";
import { summarizerWords } from "./lexicon.ts";

export const TITLE_MAX = 90;
export const SUMMARY_MAX_WORDS = 75;
const MIN_SENTENCE_WORDS = 6;
/** Sentences of a member read as its opening. */
const OPENING = 4;
/** New shared words a member's sentence must bring to join the summary. */
const MIN_NEW_WORDS = 3;

/** Content words found in at least two members (`words`: each member's distinct words): what the story is about. */
export function sharedWords(words: Iterable<string>[]): Set<string> {
  const count = new Map<string, number>();
  let members = 0;
  for (const ws of words) {
    members++;
    for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= Math.min(2, members)).map(([w]) => w));
}

/** Distinct content words of each member, title included. */
export const memberWords = (members: Digested[]) => members.map((d) => contentWords(`${d.article.title ?? ""}\n\n${d.article.body}`));

/**
 * The words before "that" report what follows it: a reporting verb in the same clause,
 * and no demand noun right before "that", whose clause is what is asked, not what is so.
 *   "The minister said on Monday" -> true; "Kremlin repeats demand" -> false;
 *   "He voiced understanding, suggesting" -> false (the verb is in another clause)
 */
function reportsWhatFollows(head: string): boolean {
  const { reportingVerbs, grammar } = summarizerWords();
  const clause = plainWords(head.slice(head.lastIndexOf(",") + 1));
  return clause.some((w) => reportingVerbs.has(w)) && !grammar.demandNouns.has(clause.at(-1) ?? "");
}

/** Cut a sentence to its main clause and to `max` characters. */
export function mainClause(sentence: string, max = TITLE_MAX): string {
  const { subordinators } = wordLists();
  const { reportingVerbs } = summarizerWords();
  let s = sentence.trim().replace(/[.!?…]+["”’]?$/u, "");
  const lead = /^(\p{L}+)\b[^,]{0,120},\s+/u.exec(s);
  if (lead && subordinators.has(lead[1]!.toLowerCase())) s = s.slice(lead[0].length);
  // "The minister said on Monday that talks failed" -> "talks failed"
  const that = /^((?:\S+\s+){1,10}?)that\s+(.+)$/u.exec(s);
  if (that && reportsWhatFollows(that[1]!) && plainWords(that[2]!).length >= 4) s = that[2]!;
  // ", the minister said on Monday" / ", said the minister"
  const parts = s.split(/,\s+/);
  const last = parts.at(-1) ?? "";
  if (parts.length > 1 && plainWords(last).some((w) => reportingVerbs.has(w)) && plainWords(last).length <= 12) parts.pop();
  s = parts.join(", ");
  while (s.length > max && s.lastIndexOf(", ") > 20) s = s.slice(0, s.lastIndexOf(", "));
  if (s.length > max) s = s.slice(0, s.lastIndexOf(" ", max - 1)).replace(/[\s,;:–-]+$/u, "") + "…";
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function usable(s: Sentence): boolean {
  return s.complete && plainWords(s.text).length >= MIN_SENTENCE_WORDS;
}

export function storyTitle(members: Digested[], lead: number, shared = sharedWords(memberWords(members))): string {
  // Share of a headline's words that the story shares: scored once per headline, not per comparison.
  const score = (title: string) => {
    const ws = [...contentWords(title)];
    return ws.length ? ws.filter((w) => shared.has(w)).length / ws.length : 0;
  };
  const titled = members.flatMap((d, i) => {
    const title = d.article.title?.trim();
    return title ? [{ i, title, score: score(title) }] : [];
  });
  const best = titled.sort(
    (a, b) => b.score - a.score || Number(b.i === lead) - Number(a.i === lead) || a.title.length - b.title.length || a.i - b.i,
  )[0];
  if (best) return best.title.length > TITLE_MAX ? mainClause(best.title) : best.title;
  const opening = splitSentences(members[lead]!.article.body, 2 * OPENING);
  const first = opening.find(usable) ?? opening[0];
  return first ? mainClause(first.text) : "Untitled story";
}

/** A sentence that may join a summary, with the word counts every test of it needs. */
interface Candidate {
  text: string;
  words: Set<string>;
  length: number;
}

const candidate = (text: string): Candidate => ({ text, words: contentWords(text), length: plainWords(text).length });

/** A member's opening: its first complete sentences of some length. */
const openingOf = (d: Digested): Candidate[] =>
  splitSentences(d.article.body, 2 * OPENING)
    .filter(usable)
    .slice(0, OPENING)
    .map((s) => candidate(s.text));

export function storySummary(members: Digested[], lead: number, shared = sharedWords(memberWords(members))): string[] {
  const chosen: Candidate[] = [];
  let words = 0;
  const fits = (c: Candidate) => words + c.length <= SUMMARY_MAX_WORDS && chosen.every((x) => jaccard(x.words, c.words) < 0.5);
  const take = (c: Candidate) => {
    chosen.push(c);
    words += c.length;
  };
  const leadOpening = openingOf(members[lead]!);
  for (const c of leadOpening.slice(0, 2)) if (!chosen.length || words + c.length <= SUMMARY_MAX_WORDS) take(c);
  // One more sentence: the other member sentence that adds most shared words, else the lead's third.
  const covered = new Set(chosen.flatMap((c) => [...c.words]));
  const gain = (c: Candidate) => [...c.words].filter((w) => shared.has(w) && !covered.has(w)).length;
  // A sentence opening with a pronoun or a demonstrative leans on one the reader has not seen.
  const { anaphors } = wordLists();
  const { pronouns } = summarizerWords();
  const standsAlone = (c: Candidate) => {
    const first = plainWords(c.text)[0] ?? "";
    return !pronouns.has(first) && !anaphors.has(first);
  };
  let extra: Candidate | null = null;
  let extraGain = MIN_NEW_WORDS - 1;
  for (const c of members.flatMap((d, i) => (i === lead ? [] : openingOf(d)))) {
    if (!standsAlone(c) || !fits(c)) continue;
    const g = gain(c);
    // Strictly more: on a tie the earlier member's sentence stays.
    if (g > extraGain) (extra = c), (extraGain = g);
  }
  const third = leadOpening[2];
  if (chosen.length < 3 && extra) take(extra);
  else if (chosen.length < 3 && third && fits(third)) take(third);
  if (!chosen.length) {
    const any = splitSentences(members[lead]!.article.body, 1)[0];
    if (any) return [any.text];
  }
  return chosen.map((c) => c.text);
}
