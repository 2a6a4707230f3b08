// attribute_speech: who says what, from reporting verbs and stance adjectives.
//   "Sorin insisted that guarantees must ..." -> Sorin, after the verb
//   "“The offer is too low,” Ana Ode said." -> Ana Ode, the words before
//   "... mend relations, Foreign Minister Ivan Sorin stated on Thursday." -> Sorin, the words before
//   "Offers from the US were dismissed by Sorin" -> Sorin (passive "by")
//   "According to Sorin, the initiative must come from Washington." -> Sorin
//   "..., with Governor Ana Ode warning that ..." -> Ana Ode
//   "He rejects concessions and demands that Kyiv ..." -> one subject, two verbs
//   "..., emphasising the need for ..." -> the clause's subject again
//   "Canada is ready to resume talks" -> Canada (offer: "is ready")
//   "Oslo expects both sides to settle" -> a demand of both sides ("expects prices to rise" stays a view)
//   "Western leaders have refuted Russia's claims" -> the West's statement, not Russia's
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import type { Frame, Mention, Sentence, SummarizeState } from "../state.ts";
import { asksOn, clauseSubject, complementStart, frame, nothingAfter, quoteEnd, subjectAt, subjectsAt } from "../text/frames.ts";
import { afterPreposition, quoted, quotesNothing, ARTICLES } from "../text/subject.ts";
import { cueAt, opensObject } from "../text/cues.ts";
import { cueWords, objectDemandMayStart, subjectDemandMayEnd } from "../text/cue_words.ts";
import { beforeAdverbs, endsTime, negationBetween, subjectEnd, verbSpans } from "../text/verbs.ts";
import { moreWordsThan } from "../text/tokens.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import { actorAt, actorListAt, actorPastThe, closedList } from "../text/actor_list.ts";
import type { Token } from "../text/tokens.ts";

const RULE = "attribute_speech";
const COPULA = new Set(["is", "are", "was", "were", "remains", "remain", "remained", "be", "been", "'s", "seems", "appears", "stands", "stood", "appeared", "seemed"]);
const PARTICIPLE_OPENERS = new Set([",", "while", "and", "before", "after", "by", "when", "—"]);
/** Openers after which a participle continues the main clause rather than a statement inside it. */
const CLAUSE_JOINS = new Set([",", "and", "—"]);
const MAYBE = new Set(["would", "could", "might", "may", "can"]);
/** A clause that asks what should be done: "insists on", "insisted that they should", "that figures be used". */
const MANDATE = new Set(["on", "upon", "should", "must", "shall"]);
/** Forms that may stand in a clause of what should be done ("that they have a say", "that it do so"): no sign of a tense. */
const UNTENSED = new Set(["been", "being", "have", "having", "do"]);
const FINITE_BE = new Set(["is", "are", "was", "were"]);
const BE = new Set(["is", "are", "was", "were", "been", "be", "being"]);
const CALL_FORMS = new Set(["call", "calls", "called"]);
/** Marks a verb put before its speaker follows ("..., said Sorin", "“...” said Sorin"). */
const INVERSION_MARKS = new Set([",", "”", '"']);

const attribute_speech: Rule = (state) => {
  for (const s of state.sentences) {
    // Every token's bits are in the sentence's: without a reporting verb, a stance or "according", it says nothing of who speaks.
    if (s.skip || s.mentions.length === 0 || !(s.flags & (WordFlag.VERB | WordFlag.STANCE | WordFlag.ACCORDING))) continue;
    const inQuote = quoted(s);
    const mine: Frame[] = [];
    according(state, s, mine);
    for (const v of verbSpans(state, s)) {
      // "what it calls Ren'ai Jiao": a name the speaker uses, not a statement.
      if (namedAs(s, v.t0)) continue;
      // "pushing up prices", "asked about the plan": no one is asked to act.
      // "asks officers to publish": whom "ask" asks may be a bare plural ("pushing prices to records" is no such thing).
      if (v.hit.needsObject && !asksSomeone(state, s, v.t1) && !(v.hit.verb === "ask" && bareAsked(state, s, v.t1))) continue;
      // "barred the company from selling": someone kept from an act; "banned imports" reports no demand of anyone.
      if (v.hit.objectFrom && !keptFrom(state, s, v.t1)) continue;
      // "gave the company 60 days to sign": someone given a time to act; "gave a speech" reports nothing.
      if (v.hit.objectDeadline && !givenTime(state, s, v.t1)) continue;
      // "the union would not call strikes": after a modal, an act rather than a report.
      if (v.hit.reportsOnlyDone && afterModal(state, s, v.t0)) continue;
      // "nurses will vote on the offer next week": a verb that reports only what follows it, with nothing after it.
      if (v.hit.reportsForward && nothingAfter(state, s, v.t1)) continue;
      // "Sofia and Ankara should agree a fast lane": what someone must do, not what they say.
      if (demanded(state, s, v.t0)) continue;
      // "wants to meet" is the subject's own aim; "wants Kyiv to yield" is a demand;
      // "would ask the tribunal to step in" is a course the subject may take, not a demand it makes.
      const selfAim = v.hit.selfTo && s.tokens[v.t1]?.low === "to";
      let kind = selfAim || (v.hit.kind === "demand" && MAYBE.has(tokenAt(s.tokens, v.t0 - 1)?.low ?? "")) ? "position" : v.hit.kind;
      // "Berlin expected both sides to settle", "warned Manila to stop": the one asked to act belongs to the statement, which demands.
      // It changes a warning's kind, or the frame of a verb that does not take "X to do" already.
      const asked = kind !== "demand" && !selfAim && (kind === "warning" || !v.hit.objectTo) && objectDemandMayStart(cueWords(state.lex), s.tokens, v.t0) ? cueAt(state, s, v.t0, v.t0) : undefined;
      // "insists it has done nothing wrong": a view maintained, not a demand ("insisted that Kyiv withdraw" demands).
      if (kind === "demand" && v.hit.mandative && tensedAfter(state, s, v.t1)) kind = "position";
      const expects = asked?.hit.kind === "demand" && asked.hit.target === "object_to";
      // "hoped the council would reconsider": what the speaker hopes another will do is asked of them.
      const hopedOf = kind === "position" && v.hit.hopesFor && hopedToAct(state, s, v.t1);
      if (hopedOf) kind = "demand";
      if (expects && kind === "warning") kind = "demand";
      const baseForm = isFirstWord(s.tokens[v.t0]!.low, v.hit.verb);
      const f = verbFrame(state, s, v.t0, v.t1, kind, v.hit.objectTo || v.hit.objectFrom || v.hit.objectDeadline || expects || hopedOf, v.hit.participle, baseForm, mine, inQuote);
      if (f) mine.push(f);
    }
    stances(state, s, mine, inQuote);
  }
};

function verbFrame(state: SummarizeState, s: Sentence, v0: number, v1: number, kind: Frame["kind"], objectTo: boolean, participle: boolean, baseForm: boolean, mine: Frame[], inQuote: Uint8Array): Frame | null {
  const toks = s.tokens;
  const n = toks.length;
  const end = quoteEnd(s, v0, inQuote);
  // "is asking", "is also asking", "were not opposed": a form of "be" before the verb, past adverbs.
  const b = beforeAdverbs(toks, v0);
  const negated = negationBetween(toks, b, v0);
  const afterBe = BE.has(tokenAt(toks, b)?.low ?? "");
  // "The union is demanding ...": a progressive tense, not a participle clause; "is not demanding" reports nothing.
  if (participle && afterBe && negated) return null;
  // "would not commit troops", "did not offer talks": an offer refused is a refusal.
  if (negated && kind === "offer") kind = "rejection";
  if (participle && afterBe) participle = false;
  if (participle) {
    // "..., with Governor Ana Ode warning that ...": the one named after "with" speaks.
    const withWho = actorAfterWord(state, s, v0, "with", false);
    if (withWho) return frame(state, s, { actor: withWho.key, s0: withWho.t0, s1: withWho.t1, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "with X saying", selfTo: false });
    // "with Pristina demanding A and Belgrade insisting that B": each of the two speaks.
    const andWho = actorAfterWord(state, s, v0, "and", true);
    const first = andWho && mine.find((f) => f.how === "with X saying" && f.c0 < andWho.t0 && andWho.t0 < f.c1);
    if (andWho && first) {
      first.c1 = andWho.t0 - (tokenAt(toks, andWho.t0 - 1)?.low === "the" ? 2 : 1);
      return frame(state, s, { actor: andWho.key, s0: andWho.t0, s1: andWho.t1, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "with X saying", selfTo: false });
    }
    const opener = tokenAt(toks, v0 - 1)?.low ?? "";
    // "wrote to X last week asking ...": a time adverbial may end the main clause before the participle continues it.
    const afterTime = endsTime(opener);
    if (!PARTICIPLE_OPENERS.has(opener) && !afterTime) return null;
    const main = lastOutsideQuote(mine, inQuote);
    if (afterTime && !main) return null;
    // "argued that the EU should scrap its levy before asking others": part of that statement, not a new one.
    if (main && !CLAUSE_JOINS.has(opener) && !afterTime && main.c0 <= v0 && v0 < main.c1) return null;
    if (main) return frame(state, s, { actor: main.actor, also: main.also, s0: v0, s1: v0, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "participle continues the clause", selfTo: false });
    // "The court quashed the approval, ruling that ...": the sentence's subject, though its own verb reports nothing.
    const subj = CLAUSE_JOINS.has(opener) ? clauseSubject(state, s, v0) : undefined;
    if (!subj) return null;
    // "Russia and China abstained, saying ...": both of a shared subject.
    const and = toks[subj.t1]?.low === "and" ? actorAt(s, subj.t1 + 1) : undefined;
    return frame(state, s, { actor: subj.key, also: and ? [and.key] : undefined, s0: subj.t0, s1: and?.t1 ?? subj.t1, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "participle of the sentence's subject", selfTo: false });
  }
  // "it had been requested by farmers", "were asked to leave": the subject of a passive does not speak.
  if (afterBe && !toks[v0]!.low.endsWith("ing") && toks[v1]?.low !== "by") return null;
  const e = subjectEnd(state, s, v0);
  const both = e > 0 ? subjectsAt(state, s, e) : [];
  const subj = both[0];
  // "provided Canada agrees to ...", "provided that Homes England confirms": a condition, not a statement by its subject.
  if (subj && (state.lex.words.conditionOpeners.has(tokenAt(toks, subj.t0 - 1)?.low ?? "") || (tokenAt(toks, subj.t0 - 1)?.low === "that" && tokenAt(toks, subj.t0 - 2)?.low === "provided"))) return null;
  // "told a Senate estimates hearing": a name after "a" is a word of kind, not one who speaks ("a Kremlin spokesman" ends in its voice).
  if (subj && INDEFINITE.has(tokenAt(toks, subj.t0 - 1)?.low ?? "") && toks[subj.t1 - 1]!.cap) return null;
  // "demanded that wealthy nations commit ...": what is demanded of them, not their statement.
  if (subj && tokenAt(toks, subj.t0 - 1)?.low === "that" && mine.some((f) => f.kind === "demand" && (f.c0 === subj.t0 || f.c0 === subj.t0 - 1))) return null;
  // "“The court is telling the government that ...,” he said": the quoted words are all the quoted speaker's.
  if (subj && inQuote[subj.t0] && inQuote[v0]) return null;
  // "a court order issued last week": a bare verb form after a singular noun is a noun itself.
  // "South Wales Police want the league to pay": a noun is not followed by its object, so it is a verb there.
  if (subj && baseForm && !toks[v0]!.low.endsWith("ed") && !subj.plural && both.length === 1 && subj.t1 === v0 && tokenAt(s.tokens, v0 - 1)?.word && state.entity(subj.key)?.kind !== "group" && !objectAfter(state, s, v1)) return null;
  if (subj) {
    const quoteMark = afterQuote(state, s, subj.t0, v1, inQuote);
    // "The government needs to commit the money this year, he said, not in the next budget cycle": the clause before.
    const aside = !inQuote[v0] && tokenAt(toks, subj.t0 - 1)?.text === "," && toks[v1]?.text === "," && moreWordsThan(toks, 0, subj.t0 - 1, 3) && !flagged(tokenAt(toks, subj.t0 - 2), WordFlag.CLAUSE_OPENER);
    const trailing = (!asksOn(s, kind, v1) && nothingAfter(state, s, v1)) || quoteMark >= 0;
    const asAside = tokenAt(toks, subj.t0 - 1)?.low === "as" && toks[v1]?.text === ",";
    const c0 = trailing || asAside || aside ? 0 : complementStart(state, s, v1);
    // "While Russia contends that ..., the United States argues ...": the subordinate clause ends at its comma.
    const subordinate = !asAside && flagged(tokenAt(toks, subj.t0 - 1), WordFlag.CLAUSE_OPENER);
    // "would not call off the strike while they vote": a subordinate verb with nothing after it reports no words before it.
    if (trailing && subordinate && quoteMark < 0) return null;
    const c1 = trailing ? (quoteMark >= 0 ? quoteMark : phraseStart(toks, subj.t0)) : subordinate ? commaAfter(s, v1, end, inQuote) : end;
    const also = both.length > 1 ? both.slice(1).map((m) => m.key) : undefined;
    return frame(state, s, { actor: subj.key, also, s0: subj.t0, s1: both.at(-1)!.t1, v0, v1, kind, objectTo, c0, c1, rule: RULE, how: trailing ? "speaker after the words" : asAside ? "aside: as X says" : aside ? "aside: ..., X said, ..." : "subject before the verb" });
  }
  // "were dismissed by Sorin" (not inside what another says: "saying it had been requested by farmers")
  if (afterBe && toks[v1]?.low === "by" && !mine.some((f) => f.c0 <= v0 && v0 < f.c1)) {
    const agent = actorPastThe(s, v1 + 1);
    if (agent) return frame(state, s, { actor: agent.key, s0: agent.t0, s1: agent.t1, v0, v1, kind, objectTo, c0: 0, c1: n, rule: RULE, how: "passive: by X" });
  }
  // "..., said Sorin." / "..., said Grace Nakintu of Uganda, who ...": the verb follows a comma or a closing quotation mark.
  if (INVERSION_MARKS.has(tokenAt(toks, v0 - 1)?.text ?? "")) {
    const at = actorAt(s, v1) ?? describedPerson(state, s, v1);
    const inverted = at && toks[at.t1]?.low !== "'s" ? at : roleThenName(state, s, v1);
    if (inverted && (/^[.,;]?$/.test(toks[inverted.t1]?.text ?? "") || /^(?:of|from)$/.test(toks[inverted.t1]!.low)))
      return frame(state, s, { actor: inverted.key, s0: inverted.t0, s1: inverted.t1, v0, v1, kind, objectTo, c0: 0, c1: v0, rule: RULE, how: "said X" });
  }
  // "rejects A and demands B": the subject of the first verb.
  let prev = lastBefore(mine, v0, inQuote);
  // The word or mark right before where the subject ends ("rejects A and | demands B").
  const joint = tokenAt(toks, e - 1)?.low ?? "";
  const joined = joint === "and" && tokenAt(toks, e - 2)?.text === ",";
  // "X said Warsaw would keep its ban, and insisted that ...": after ", and" the main clause's subject again.
  if (prev && joined) {
    const before = mine.filter((f) => sameVoiceBefore(f, v0, inQuote));
    prev = before.find((f) => !before.some((g) => g !== f && g.c0 <= f.v0 && f.v0 < g.c1)) ?? prev;
  }
  // "... a power that disregards X and seeks Y": the second verb belongs to the relative clause
  // ("warned that A and insisted that B": a "that" opening the first statement is no relative).
  // After ", and" the comma has closed any relative clause ("urged A, which ..., and asked B").
  // Words inside a quotation ("a truce that leaves ...") open no relative clause of the narration.
  if (prev && !joined && relativeBetween(state, s, prev, v0, inQuote)) return null;
  // "talks need to resume and consider safety": a bare verb joins the infinitive, not the reporting verb.
  if (prev && baseForm) return null;
  // "... and had been requested by some doctors": a passive reports what others did.
  if (prev && afterBe && toks[v1]?.low === "by") return null;
  // "... hurt Poland and urged": a name right before "and" may share the verb, unless a preposition made it an object ("for consumers and urged").
  if (prev && (joint === "and" || joint === "but" || joint === "or" || joint === ",") && !nameBeforeJoint(state, s, e))
    return frame(state, s, { actor: prev.actor, also: prev.also, s0: v0, s1: v0, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "second verb of the same subject" });
  // "The Energy Regulatory Commission, which ..., is a party to the case and is seeking damages": the sentence's subject,
  // and so after "but" ("Its chief executive, Ana Ode, thanked the navy but said ...").
  const first = !prev && (joint === "and" || joint === "but") ? clauseSubject(state, s, e - 1) : undefined;
  if (first) return frame(state, s, { actor: first.key, s0: first.t0, s1: first.t1, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "second verb of the sentence's subject" });
  return null;
}

/**
 * The actor ending right before the participle at v0 with `word` before it ("with Governor Ana Ode | warning"),
 * or before its "the" when `pastThe` ("and the union | insisting").
 */
function actorAfterWord(state: SummarizeState, s: Sentence, v0: number, word: string, pastThe: boolean): Mention | undefined {
  const toks = s.tokens;
  const m = state.mentionEndingAt(s, v0);
  if (!m) return undefined;
  const before = pastThe && tokenAt(toks, m.t0 - 1)?.low === "the" ? m.t0 - 2 : m.t0 - 1;
  return tokenAt(toks, before)?.low === word ? m : undefined;
}

/** A name ending right before the joint at e - 1 ("hurt Poland | and urged"): before a comma any, else one no preposition makes an object. */
function nameBeforeJoint(state: SummarizeState, s: Sentence, e: number): boolean {
  const comma = tokenAt(s.tokens, e - 1)?.text === ",";
  // Of any role: the mention covering the token before the joint, if it ends there.
  const m = state.mentionAt(s, e - 2);
  return !!m && m.t1 === e - 1 && (comma || !afterPreposition(state, s, m));
}

/** The last frame whose verb ends by v, its reporting words inside quotation marks as v's are or outside as they are. */
function lastBefore(mine: Frame[], v: number, inQuote: Uint8Array): Frame | undefined {
  for (let k = mine.length - 1; k >= 0; k--) if (sameVoiceBefore(mine[k]!, v, inQuote)) return mine[k];
  return undefined;
}

/** A frame whose verb ends before v, on the same side of a quotation (both quoted or neither). */
function sameVoiceBefore(f: Frame, v: number, inQuote: Uint8Array): boolean {
  return f.v1 <= v && !inQuote[f.v0] === !inQuote[v];
}

/** Does the token carry one of the bits (no token, no bits)? */
function flagged(t: Token | undefined, bits: number): boolean {
  return t !== undefined && (t.flags & bits) !== 0;
}

/** The last frame whose reporting words stand outside quotation marks. */
function lastOutsideQuote(mine: Frame[], inQuote: Uint8Array): Frame | undefined {
  for (let k = mine.length - 1; k >= 0; k--) if (!inQuote[mine[k]!.v0]) return mine[k];
  return undefined;
}

/** A relative clause opening after the frame's verb and still open at v ("a power that disregards X and seeks Y"). */
function relativeBetween(state: SummarizeState, s: Sentence, prev: Frame, v: number, inQuote: Uint8Array): boolean {
  for (let k = prev.v1; k < v; k++) {
    const t = s.tokens[k]!;
    if (!inQuote[k] && (t.flags & WordFlag.RELATIVE_PRONOUN || (t.low === "that" && k !== prev.c0 - 1)) && relativeOpen(state, s, k, v)) return true;
  }
  return false;
}

/**
 * Is `low` the first word of `phrase` ("call" of "call on")? A token holds no space, so it is when the
 * phrase is it, or starts with it and a space: character tests first, no search of the phrase.
 */
function isFirstWord(low: string, phrase: string): boolean {
  if (phrase.length === low.length) return phrase === low;
  return phrase.length > low.length && phrase.charCodeAt(low.length) === 32 && phrase.startsWith(low);
}

/**
 * Does the relative clause opened at r still run at v? "anyone who ignored the order was
 * putting rescuers at risk and urged them to go": the auxiliary after the relative's own
 * verb belongs to the clause around it, so the relative clause has closed.
 */
function relativeOpen(state: SummarizeState, s: Sentence, r: number, v: number): boolean {
  let k = r + 1;
  while (k < v && s.tokens[k]!.flags & (WordFlag.AUXILIARY | WordFlag.ADVERB)) k++;
  for (k++; k < v; k++) if (FINITE_BE.has(s.tokens[k]!.low) && s.tokens[k - 1]!.word) return false;
  return true;
}

/** "“... accountable,” prosecutor Ana Ode told the court in a closing argument": where the quotation closing right before the speaker ends, or -1. */
function afterQuote(state: SummarizeState, s: Sentence, t0: number, v1: number, inQuote: Uint8Array): number {
  // A quotation closing before the speaker has its last word quoted.
  if (quotesNothing(inQuote)) return -1;
  const start = t0;
  // "“...,” ministry spokeswoman Zhou Lan told", "“...,” KMPU secretary general Dr. Ana Ode told": a few words of title may stand before the name.
  // Never past a word that opens a new clause ("“...” and that they would ask"): the quotation ended an earlier one.
  for (let k = 0; k < 5 && t0 > 2 && (s.tokens[t0 - 1]!.word || s.tokens[t0 - 1]!.text === ".") && !opensClause(s.tokens, t0 - 1); k++) t0--;
  // "“...,” Qatar's lead mediator, Minister of State Jassim al-Hajri, told": or a description set off before the name.
  if (tokenAt(s.tokens, t0 - 1)?.text === ",") {
    let k = t0 - 2;
    while (k > 1 && t0 - k < 8 && (s.tokens[k]!.word || s.tokens[k]!.low === "'s") && !(s.tokens[k]!.flags & WordFlag.VERB && !s.tokens[k]!.cap)) k--;
    // Only a description of the speaker: someone's role ("Qatar's lead mediator"), not "with its ally, while".
    let described = false;
    for (let j = k + 1; j < t0 - 1; j++) if (s.tokens[j]!.low === "'s" || titleAt(state, s.tokens, j)) described = true;
    for (let j = t0; j < start; j++) if (s.tokens[j]!.flags & WordFlag.CLAUSE_OPENER) described = false;
    if (/^[”"]$/.test(s.tokens[k]?.text ?? "") && k < t0 - 2 && described) t0 = k + 1;
  }
  const mark = tokenAt(s.tokens, t0 - 1)?.text ?? "";
  if ((mark !== "”" && mark !== '"') || inQuote[t0 - 1] || !inQuote[t0 - 2]) return -1;
  for (let j = v1; j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    if ((!t.word && (t.text === "“" || t.text === '"')) || (j === v1 && t.low === "that")) return -1;
  }
  return t0 - 1;
}

/** A clause opener, complementizer or relative pronoun at k, or "and"/"or" before a lowercase word: no part of a speaker's title ("Mines and Minerals Minister" is). */
function opensClause(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.flags & (WordFlag.CLAUSE_OPENER | WordFlag.COMPLEMENTIZER | WordFlag.RELATIVE_PRONOUN)) return true;
  return (t.low === "and" || t.low === "or") && !toks[k + 1]?.cap;
}

/** An object right after a word: a determiner or an actor named there ("want the league to", "urge Kyiv to"). */
function objectAfter(state: SummarizeState, s: Sentence, j: number): boolean {
  const m = state.mentionAt(s, j);
  return opensObject(state, s.tokens[j]?.low ?? "") || (m?.role === "actor" && m.t0 === j);
}

/** An actor right after the verb, then "will" or "would" ("hoped the council would", "hopes Peru will"). */
function hopedToAct(state: SummarizeState, s: Sentence, j: number): boolean {
  const who = state.mentionPastThe(s, j);
  const next = who ? s.tokens[who.t1]?.low : undefined;
  return who?.role === "actor" && (next === "will" || next === "would");
}

/** An actor right after the verb, then a time and "to do" ("gave Lima until Friday to answer", "gave LCM, the miner, 60 days to sign"). */
function givenTime(state: SummarizeState, s: Sentence, j: number): boolean {
  const who = state.mentionPastThe(s, j);
  if (who?.role !== "actor") return false;
  const toks = s.tokens;
  let timed = false;
  for (let k = who.t1; k < toks.length && k - who.t1 < 16; k++) {
    const t = toks[k]!;
    if (t.low === "to") return timed && !!toks[k + 1]?.word && !toks[k + 1]!.cap;
    // "gave Nordvik a licence, and two years later ...": the object's phrase ends where a clause opens.
    if (t.text === ";" || t.text === "." || t.low === "and" || t.low === "but" || t.low === "or" || t.flags & WordFlag.CLAUSE_OPENER) return false;
    if (state.lex.words.deadlineWords.has(t.low)) timed = true;
  }
  return false;
}

/** An actor right after the verb, then "from" ("barred the company from", "prohibited Kyiv from"). */
function keptFrom(state: SummarizeState, s: Sentence, j: number): boolean {
  const who = state.mentionPastThe(s, j);
  return who?.role === "actor" && s.tokens[who.t1]?.low === "from";
}

/** Words that open what is asked for right after the verb ("pushed for", "asked that"). */
const ASKS_FOR = new Set(["for", "that"]);
/** Prepositions after the verb that say what it is about, not when or where ("asked about", "pushing up"). */
const NOT_ADJUNCTS = new Set(["about", "up", "ahead", "back"]);

/** "pressed the bank to act", "pushed for a cut", "asked that ...", "pressed Ottawa for faster permits", "pressed ministers on the assets". */
function asksSomeone(state: SummarizeState, s: Sentence, j: number): boolean {
  const toks = s.tokens;
  if (ASKS_FOR.has(toks[j]?.low ?? "")) return true;
  // "asked during the closed session for assurances": past a short adjunct.
  const adjunct = flagged(toks[j], WordFlag.PREPOSITION) && !NOT_ADJUNCTS.has(toks[j]!.low);
  // "asked the International Court of Justice (ICJ) on Monday to": past the one asked, and its acronym.
  const who = adjunct ? undefined : state.mentionPastThe(s, j);
  if (who && who.role === "actor" && who.t1 - j > 1) {
    let k = who.t1;
    if (toks[k]?.text === "(" && toks[k + 2]?.text === ")") k += 3;
    if (asksSomeone(state, s, k) || toks[k]?.low === "to") return true;
  }
  for (let k = j; k < toks.length && k - j < 8; k++) {
    const t = toks[k]!;
    if ((t.low === "to" || t.low === "for" || (t.low === "on" && !adjunct)) && k > j) return true;
    if (!t.word && t.text !== "'s" && t.text !== "’s") return false;
    if (k === j && !adjunct && !t.cap && !state.mentionAt(s, k) && !opensObject(state, t.low)) return false;
  }
  return false;
}

/**
 * "what it calls", "which China calls Ren'ai Jiao": the verb of a name, not of a statement
 * ("which Moscow called a provocation" judges, and stays a statement).
 */
function namedAs(s: Sentence, v0: number): boolean {
  const toks = s.tokens;
  // Every form of "call" starts with a "c": one character read before the set.
  if (toks[v0]!.low.charCodeAt(0) !== 99 || !CALL_FORMS.has(toks[v0]!.low)) return false;
  for (let k = v0 - 2; k >= 0 && k >= v0 - 4; k--) if (toks[k]!.low === "what" || (toks[k]!.low === "which" && toks[v0 + 1]?.cap)) return true;
  return false;
}

/** Does a clause with a tensed verb follow ("it has done", "the policy was", "no guard will lose")? Not "on X", nor "that Kyiv withdraw". */
function tensedAfter(state: SummarizeState, s: Sentence, j: number): boolean {
  const toks = s.tokens;
  if (toks[j]?.low === "that") j++;
  for (let k = j; k < toks.length && k - j < 8; k++) {
    const t = toks[k]!;
    if (!t.word && t.text !== "'s") return false;
    // "that figures be used": a subjunctive "be" asks what should be done.
    if (MANDATE.has(t.low) || t.low === "be") return false;
    if ((t.flags & WordFlag.AUXILIARY && t.text !== "'s" && !UNTENSED.has(t.low)) || (t.flags & WordFlag.NEGATION && t.low.endsWith("n't")) || t.low === "cannot") return k > j;
  }
  return false;
}

/** "asks officers to", "asked both to": one lowercase word, then "to" and a word ("asked not to be named" asks no one). */
function bareAsked(state: SummarizeState, s: Sentence, j: number): boolean {
  const who = s.tokens[j];
  return !!who?.word && !who.cap && !(who.flags & WordFlag.NEGATION) && s.tokens[j + 1]?.low === "to" && !!s.tokens[j + 2]?.word && !s.tokens[j + 2]!.cap;
}

/** A demand cue that makes its subject act ("should", "must", "need to") right before the verb. */
function demanded(state: SummarizeState, s: Sentence, v0: number): boolean {
  // "Oslo should not ask them": past a negation too.
  const end = flagged(tokenAt(s.tokens, v0 - 1), WordFlag.NEGATION) ? v0 - 1 : v0;
  // Only a cue of one or two words can start at end - 1 or end - 2 and end there: its first word carries the CUE bit.
  if (!flagged(tokenAt(s.tokens, end - 1), WordFlag.CUE) && !flagged(tokenAt(s.tokens, end - 2), WordFlag.CUE)) return false;
  if (!subjectDemandMayEnd(cueWords(state.lex), s.tokens, end)) return false;
  for (let k = end - 1; k >= 0 && k >= end - 2; k--) {
    const c = cueAt(state, s, k, k);
    if (c && c.t1 === end && c.hit.kind === "demand" && c.hit.target === "subject") return true;
  }
  return false;
}

function afterModal(state: SummarizeState, s: Sentence, v0: number): boolean {
  const prev = tokenAt(s.tokens, v0 - 1);
  return flagged(prev, WordFlag.MODAL) || (flagged(prev, WordFlag.NEGATION) && flagged(tokenAt(s.tokens, v0 - 2), WordFlag.MODAL));
}

/**
 * Who "according to" names at k, and where the naming ends: "X", "X, Y and Z", "X's letter",
 * "a statement from the Chilean foreign ministry" (a writing speaks for whoever sent it).
 */
function sourceAt(state: SummarizeState, s: Sentence, k: number): { names: Mention[]; end: number } | undefined {
  const toks = s.tokens;
  const docs = state.lex.words.documentNouns;
  let names = actorListAt(s, k);
  const one = names[0];
  if (one && toks[one.t1]?.low === "'s" && docs.has(toks[one.t1 + 1]?.low ?? "")) return { names: [one], end: one.t1 + 2 };
  if (!one && ARTICLES.has(toks[k]?.low ?? "")) {
    // Up to two words of kind before the writing ("a joint written statement").
    let j = k + 1;
    while (j < k + 3 && toks[j]?.word && !toks[j]!.cap && !docs.has(toks[j]!.low)) j++;
    if (docs.has(toks[j]?.low ?? "") && state.lex.words.authorPrepositions.has(toks[j + 1]?.low ?? "")) names = actorListAt(s, j + 2);
  }
  if (!names.length) return undefined;
  // "According to Chile, Peru must ...": a comma that no "and" closes ends the naming.
  names = closedList(s, names);
  return { names, end: names.at(-1)!.t1 };
}

const INDEFINITE = new Set(["a", "an"]);
/** Words that open a speaker's noun phrase before the mention itself: ", its chief executive Ana Ode said". */
const PHRASE_OPENERS = new Set(["its", "his", "her", "their", "our", "the", "a", "an"]);

/** Where the noun phrase of the mention starting at t0 begins: the words said end before its determiner. */
function phraseStart(toks: readonly Token[], t0: number): number {
  let k = t0;
  while (k > 0 && PHRASE_OPENERS.has(toks[k - 1]!.low) && t0 - k < 2) k--;
  return k;
}

/** "according to X, ...": X speaks the words after it, or, closing the sentence, the words before. */
function according(state: SummarizeState, s: Sentence, mine: Frame[]): void {
  if (!(s.flags & WordFlag.ACCORDING)) return;
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    // The word "according" carries the ACCORDING bit.
    if (!(toks[i]!.flags & WordFlag.ACCORDING) || toks[i]!.low !== "according" || toks[i + 1]?.low !== "to") continue;
    const source = sourceAt(state, s, i + 2);
    if (!source || state.entity(source.names[0]!.key)?.role === "media") continue;
    const { names, end } = source;
    const m = names[0]!;
    // "According to X, ..." / "However, according to X, ...": the words after; "... , according to X." the words before.
    const after = s.tokens[end]?.text === "," ? end + 1 : end;
    // "..., according to West Yorkshire Police, who made six arrests.": the relative clause is about X, not X's words.
    const relative = after > m.t1 && state.lex.words.relativePronouns.has(toks[after]?.low ?? "") && moreWordsThan(toks, 0, i, 0);
    const wordsAfter = !relative && moreWordsThan(toks, after, toks.length, 0);
    const c0 = wordsAfter ? after : 0;
    const c1 = wordsAfter ? toks.length : i;
    mine.push(frame(state, s, { actor: m.key, also: names.length > 1 ? names.slice(1).map((x) => x.key) : undefined, s0: m.t0, s1: end, v0: i, v1: i + 2, kind: "position", objectTo: false, c0, c1, rule: RULE, how: "according to X" }));
  }
}

/** "Russia is open to ...", "Marek remains firm on ..." */
function stances(state: SummarizeState, s: Sentence, mine: Frame[], inQuote: Uint8Array): void {
  // Every token's flags are in the sentence's: without the bit no token has it.
  if (!(s.flags & WordFlag.STANCE)) return;
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!(toks[i]!.flags & WordFlag.STANCE)) continue;
    const kind = state.lex.stances.get(toks[i]!.low);
    if (!kind) continue;
    let c = i - 1;
    while (c > 0 && toks[c]!.flags & WordFlag.ADVERB) c--;
    if (!COPULA.has(toks[c]!.low)) continue;
    // "said she was disappointed.": a stance with nothing after it tells no more than the statement it sits in.
    if (!toks[i + 1]?.word && !mine.every((f) => f.c1 <= i || f.c0 > i)) continue;
    const e = subjectEnd(state, s, c);
    const subj = e > 0 ? subjectAt(state, s, e) : undefined;
    if (!subj) continue;
    mine.push(frame(state, s, { actor: subj.key, s0: subj.t0, s1: subj.t1, v0: c, v1: i, kind, objectTo: false, c0: i, c1: quoteEnd(s, i, inQuote), rule: RULE, how: `stance "${toks[i]!.text}"` }));
  }
}

function commaAfter(s: Sentence, from: number, end: number, inQuote: Uint8Array): number {
  for (let j = from; j < end; j++) if (s.tokens[j]!.text === "," && !inQuote[j]) return j;
  return end;
}

/** "said coast guard spokesman Arnel Reyes": a person after a few lowercase words of their role, a title among them. */
function describedPerson(state: SummarizeState, s: Sentence, v1: number): Mention | undefined {
  const toks = s.tokens;
  const w = state.lex.words;
  let titled = false;
  for (let k = v1; k - v1 < 4; k++) {
    const t = toks[k];
    if (!t?.word) return undefined;
    const m = state.mentionAt(s, k);
    if (m) return m.t0 === k && m.role === "actor" && k > v1 && (titled || t.flags & WordFlag.TITLE) && state.entity(m.key)?.kind === "person" ? m : undefined;
    if (t.cap || w.nonNames.has(t.low) || t.flags & (WordFlag.PREPOSITION | WordFlag.AUXILIARY)) return undefined;
    if (t.flags & WordFlag.TITLE) titled = true;
  }
  return undefined;
}

/** "..., said its director, Beatrice Nyambura.": a role set off before the person it names. */
function roleThenName(state: SummarizeState, s: Sentence, v1: number) {
  const toks = s.tokens;
  for (let k = v1 + 1; k < toks.length && k - v1 <= 8; k++) {
    if (toks[k]!.text !== ",") continue;
    const m = actorAt(s, k + 1);
    // "said the trust's secretary, Alun Pryce": a body may own the role, but no other actor may stand there.
    if (!m || state.entity(m.key)?.kind !== "person" || s.mentions.some((x) => x.t0 >= v1 && x.t0 < k && x.role === "actor" && toks[x.t1]?.low !== "'s")) return undefined;
    for (let j = v1; j < k; j++) if (titleAt(state, toks, j)) return m;
    return undefined;
  }
  return undefined;
}

export default attribute_speech;
