// classify_kind: demand, rejection, warning, offer or position, from the cue
// words inside the statement first and the reporting words second.
//   "Sorin said guarantees must include Russia" -> demand ("must")
//   "the onus is on Germany to act" -> demand
//   "“If Washington sends serious signals, we will respond”" -> demand (a condition)
//   "threatened to double the levy if Canada did not drop its duties" -> warning, and a demand of its condition
//   "was ready to look at a pause if Ottawa tightened ..." -> offer, and a demand of its condition
//   "Sorin dismissed the notion of a ceasefire" -> rejection (the verb)
//   "Marek expressed a willingness to talk" -> offer (the noun after the verb)
//   "the aid being provided to Ukraine" -> position ("provided" here is no condition)
import type { Rule } from "../rule.ts";
import { type Draft, type Mention, type Sentence, type SummarizeState, draftLike } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { conditionAt, cueAt } from "../text/cues.ts";
import { sentenceMayHold } from "../text/sentence_may_hold.ts";
import { moreWordsThan } from "../text/tokens.ts";
import { beforeAdverbs, negationBetween, pastParticiple, verbAfter } from "../text/verbs.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "classify_kind";
const PASSIVE_BE = new Set(["was", "were", "is", "are", "been"]);
const OBJECT_DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "firm", "strong", "clear", "deep", "further"]);

const classify_kind: Rule = (state) => {
  const asks: Draft[] = [];
  for (const d of state.drafts) {
    const s = state.sentence(d.sent)!;
    const cue = firstCue(state, s, d);
    // "was open to raising its share, provided that the facility met ...": an offer, and a demand of its condition.
    if (cue && cue.hit.kind === "demand" && cue.hit.target === "next" && cue.t0 > d.from && (d.frame.kind === "offer" || d.frame.kind === "rejection" || offerBefore(state, s, d.from, cue.t0))) {
      // "could not offer new volumes until the licence is tested": a refusal on a condition, which the condition asks.
      const kind = d.frame.kind === "rejection" ? "rejection" : "offer";
      d.kind = kind;
      d.why.push(`verb kind ${kind}`);
      asks.push(draftLike(d, { kind: "demand", cue, targets: [], why: [...d.why.slice(0, -1), `${kind === "offer" ? "offer" : "refusal"} on a condition: "${cue.hit.phrase}"`] }));
    } else if (cue && cue.hit.kind === "demand") {
      d.kind = "demand";
      d.cue = cue;
      d.why.push(`cue "${cue.hit.phrase}"`);
    } else if (conditional(state, s, d)) {
      d.kind = "demand";
      d.why.push("condition: if X ..., we will");
    } else if (imperative(state, s, d)) {
      d.kind = "demand";
      d.why.push("an order opens the quotation");
    } else if ((d.frame.kind === "warning" || (d.frame.kind === "position" && !cue && modalBeforeIf(state, s, d))) && unlessDone(state, s, d)) {
      // "said officers would inspect every lorry if the queues had not eased": a threat, whatever the verb.
      // The threat stays a warning; what it asks of the other side is a demand beside it.
      d.kind = "warning";
      d.why.push(d.frame.kind === "warning" ? "verb kind warning" : "threat: would ... if X does not");
      asks.push(draftLike(d, { kind: "demand", targets: [], why: [...d.why.slice(0, -1), "threat: ... unless X / if X does not"] }));
    } else if (d.frame.kind === "rejection" && refusalOnCondition(s, d)) {
      // "would not commit troops without a UN mandate", "refused to sign without a pension clause":
      // the refusal stays a rejection; what it waits for is a demand beside it.
      d.kind = "rejection";
      d.why.push("verb kind rejection");
      asks.push(draftLike(d, { kind: "demand", targets: [], why: [...d.why.slice(0, -1), "refusal: not ... without X"] }));
    } else if (d.frame.kind !== "position") {
      d.kind = d.frame.kind;
      d.why.push(`verb kind ${d.frame.kind}`);
    } else if (cue && cue.hit.kind !== "none") {
      d.kind = cue.hit.kind;
      d.cue = cue;
      d.why.push(`cue "${cue.hit.phrase}"`);
    } else {
      const noun = objectNoun(state, s, d);
      if (noun) {
        d.kind = noun;
        d.why.push(`noun kind ${noun}`);
      }
    }
    if (cue && !d.cue) d.cue = cue;
    // "ready to look at a pause if Ottawa tightened its screening": the offer asks its condition of Ottawa;
    // "ready to move the final if no agreement was reached by Friday": and an offer that waits on a deed asks for it.
    if (d.kind === "offer" && (ifSomeone(state, s, d) || unlessDone(state, s, d))) asks.push(draftLike(d, { kind: "demand", targets: [], why: [...d.why, "offer on a condition: if X ..."] }));
    if (state.tracing) state.note(s.index, RULE, `${d.kind}: "${d.text.slice(0, 60)}"${d.why.length > 1 ? ` (${d.why.slice(1).join(", ")})` : ""}`);
  }
  state.drafts.push(...asks);
};

/** The first cue in the draft's words, demands before other kinds. */
function firstCue(state: SummarizeState, s: Sentence, d: Draft): Draft["cue"] {
  let other: Draft["cue"];
  let condition: Draft["cue"];
  // "expected \"all states to honour ...\"": the verb asking someone may stand past an opening quotation.
  const f = d.frame;
  const start = f.objectTo && f.v1 <= d.from && d.from - f.v1 <= 2 ? f.v0 : d.from - 1;
  // "Belgrade would agree to X only if ...": the verb's own group, between its subject and the verb,
  // holds the modal a condition needs and the cues that stand before a verb ("would only consider ... if").
  const group = f.v1 <= d.from && f.s1 < f.v0 && f.v0 - f.s1 <= 3 ? f.s1 : -1;
  if (group >= 0)
    for (let t = group; t < f.v0; t++) {
      const found = cueAt(state, s, t, group);
      if (found?.hit.beforeVerb && found.t1 <= f.v0) return found;
    }
  const from = group >= 0 ? group : d.from;
  const toks = s.tokens;
  for (let t = Math.max(0, start); t < d.to; t++) {
    const found = cueAt(state, s, t, from);
    if (!found) continue;
    const hit = found.hit;
    // "Should the talks fail, ..." opens a condition, not a demand.
    if (hit.phrase === "should" && t === d.from && d.frame.c0 === 0) continue;
    // "That's all we're asking": a cue that asks someone, with no one and nothing after it.
    if (hit.target === "next" && !moreWordsThan(toks, found.t1, d.to, 0)) continue;
    // "with the urgency the situation requires”, but": a cue whose object stood before it asks nothing.
    if (hit.kind === "demand" && objectFronted(s, found)) continue;
    // A condition cues only when nothing stronger does: "whose mandate runs until February, must not be extended".
    if (hit.kind === "demand" && hit.needsModal) condition ??= found;
    else if (hit.kind === "demand") return found;
    else other ??= found;
    t = found.t1 - 1;
  }
  return condition ?? other;
}

/** Marks that close a clause (not an opening quotation). */
const CLAUSE_ENDS = new Set([",", ".", ";", ":", ")", "”", "’", "?", "!"]);
/** Words before a noun, not a subject: "a precondition", "Washington's court". */
const NOUN_OPENERS = new Set(["a", "an", "the", "this", "that", "its", "their", "our", "his", "her", "my", "your", "'s", "no", "any"]);

/**
 * A one-word cue after its subject with nothing after it in its clause: its object stood before it
 * ("the urgency the situation requires", "Money is not what we need", "People cannot."), unlike a
 * noun that ends the clause ("is now a precondition.").
 */
function objectFronted(s: Sentence, cue: NonNullable<Draft["cue"]>): boolean {
  const toks = s.tokens;
  const next = toks[cue.t1];
  if (cue.t1 - cue.t0 !== 1 || (next && !CLAUSE_ENDS.has(next.text) && next.low !== "but")) return false;
  const before = toks[cue.t0 - 1];
  return !!before?.word && !NOUN_OPENERS.has(before.low) && !(before.flags & WordFlag.PREPOSITION);
}

/** "Canberra was open to raising its share, provided ...": an offer cue before the condition. */
function offerBefore(state: SummarizeState, s: Sentence, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (cueAt(state, s, t, from)?.hit.kind === "offer") return true;
  return false;
}

/** "If X does Y, we will Z": what the speaker asks of X in return. */
function conditional(state: SummarizeState, s: Sentence, d: Draft): boolean {
  if (!sentenceMayHold(state.lex, s, "if")) return false;
  const toks = s.tokens;
  let sawIf = false;
  for (let t = d.from; t < d.to; t++) {
    const low = toks[t]!.low;
    if (low === "if") sawIf = true;
    else if (sawIf && state.lex.words.firstPerson.has(low) && /^(?:will|would|'ll|shall)$/.test(toks[t + 1]?.low ?? "")) return true;
  }
  return false;
}

/** "“Open more lanes,” he said", "“Now arrest them,”": a quotation that opens with an order. */
function imperative(state: SummarizeState, s: Sentence, d: Draft): boolean {
  const toks = s.tokens;
  const w = state.lex.words;
  let t = d.from;
  if (!opensQuotation(s, t)) return false;
  // "“If the state wants us to be patient, let it buy our cobalt”": the order follows its condition.
  if (w.conditionOpeners.has(toks[t]!.low)) t = pastCondition(s, t, d.to);
  while (t < d.to && t - d.from < 2 && w.imperativeOpeners.has(toks[t]!.low)) t++;
  const v = toks[t], next = toks[t + 1];
  // "Help is on the way": a noun, not an order.
  return !!v && w.imperatives.has(v.low) && !!next && !(next.flags & (WordFlag.AUXILIARY | WordFlag.MODAL)) && next.low !== "'s";
}

/** Does a quotation open at token k: the sentence's first token inside an open quotation, or one after an opening mark? */
function opensQuotation(s: Sentence, k: number): boolean {
  const mark = tokenAt(s.tokens, k - 1)?.text;
  return (k === 0 && s.quoteOpen) || mark === "“" || mark === '"';
}

/** The token after the comma that closes a condition opening at t (d.to when there is none). */
function pastCondition(s: Sentence, t: number, to: number): number {
  for (let k = t + 1; k < to && k - t <= CONDITION_REACH; k++) if (s.tokens[k]!.text === ",") return k + 1;
  return to;
}

/** How many tokens a condition before an order may run. */
const CONDITION_REACH = 25;

/** "would begin inspections if ...": a modal before the condition makes it look ahead. */
function modalBeforeIf(state: SummarizeState, s: Sentence, d: Draft): boolean {
  for (let t = d.from; t < d.to; t++) {
    const low = s.tokens[t]!.low;
    if (low === "if" || low === "unless") return false;
    if (low === "would" || low === "will" || low === "'ll") return true;
  }
  return false;
}

/**
 * "threatened to double the levy if Canada did not drop ...", "threatened protests unless ...",
 * "would start the work itself if no agreement had been reached", "the blockade would stay until
 * the company sent its chief", "would not send drivers without guarantees": the threat asks its condition.
 */
function unlessDone(state: SummarizeState, s: Sentence, d: Draft): boolean {
  const toks = s.tokens;
  for (let t = d.from; t < d.to; t++) {
    const low = toks[t]!.low;
    if (low === "unless" || (low === "until" && untilDone(state, s, t, d)) || (low === "without" && refusedBefore(s, d.from, t))) return true;
    if (low !== "if") continue;
    for (let k = t + 1; k < d.to && k - t < 8; k++) if (toks[k]!.flags & WordFlag.NEGATION || state.lex.words.notDone.has(toks[k]!.low)) return true;
  }
  return false;
}

/**
 * "would not send drivers | without": a refusal in the clause before t, the negation not right
 * before it ("not without risk") nor before "be" ("would not be able to ... without help" says what is lacking).
 */
function refusedBefore(s: Sentence, from: number, t: number): boolean {
  for (let k = t - 2; k >= from; k--) {
    const tok = s.tokens[k]!;
    if (tok.flags & WordFlag.NEGATION) return s.tokens[k + 1]!.low !== "be";
    if (!tok.word) return false;
  }
  return false;
}

/**
 * "would not commit troops | without a mandate", "refused to sign | without a clause": a refusal,
 * its verb negated or taking "to", then "without" in what it covers ("not without risk" aside).
 */
function refusalOnCondition(s: Sentence, d: Draft): boolean {
  const toks = s.tokens;
  const f = d.frame;
  if (!negationBetween(toks, beforeAdverbs(toks, f.v0), f.v0) && toks[f.v1]?.low !== "to") return false;
  for (let t = d.from; t < d.to; t++) if (toks[t]!.low === "without" && !(toks[t - 1]!.flags & WordFlag.NEGATION)) return true;
  return false;
}

/** "until Hidrovale sent ...", "until the plan was withdrawn": a deed, not a date ("until the end of the month"). */
function untilDone(state: SummarizeState, s: Sentence, t: number, d: Draft): boolean {
  const toks = s.tokens;
  if (s.mentions.some((m) => m.role === "actor" && m.t0 > t && m.t0 <= t + 2 && toks[m.t1]?.word && !toks[m.t1]!.cap && state.resolve(m.key) !== state.resolve(d.actor))) return true;
  for (let k = t + 1; k + 1 < d.to && k - t < 6; k++) if (PASSIVE_BE.has(toks[k]!.low) && pastParticiple(state, toks[k + 1]!.low)) return true;
  return false;
}

/** "if Ottawa tightened ...", "provided that the facility met ...", "once France stopped ...": a condition whose subject is an actor named right after it. */
function ifSomeone(state: SummarizeState, s: Sentence, d: Draft): boolean {
  for (let t = d.from; t < d.to; t++) {
    const open = conditionAt(s.tokens, t);
    if (open < 0) continue;
    const at = s.tokens[open]?.low === "the" ? open + 1 : open;
    // "pledged to end the war if he won": a condition on the speaker himself asks nothing of anyone.
    const m = otherActorAt(state, s, open, at, d);
    // "ready to send more aircraft if Athens asked for them": help on request asks nothing.
    if (m && !requestAt(state, s, m.t1)) return true;
  }
  return false;
}

/** The first actor starting at `open` or `at` (open <= at) who is not the draft's speaker. */
function otherActorAt(state: SummarizeState, s: Sentence, open: number, at: number, d: Draft): Mention | undefined {
  for (const t of open === at ? [open] : [open, at]) {
    const m = state.mentionStartingAt(s, t);
    if (m && m.role === "actor" && state.resolve(m.key) !== state.resolve(d.actor)) return m;
  }
  return undefined;
}

/** A verb of asking at t, past an auxiliary or adverb ("asked", "formally requests", "were to ask"). */
function requestAt(state: SummarizeState, s: Sentence, t: number): boolean {
  return verbAfter(state, s, t)?.kind === "demand";
}

/** "expressed a willingness", "issued a warning": the noun says what the verb does not. */
function objectNoun(state: SummarizeState, s: Sentence, d: Draft) {
  const f = d.frame;
  // Only the object right after a verb: "expressed a willingness", not a quotation that opens with "The offer".
  if (f.v1 <= f.v0 || f.c0 < f.v1 || d.from > f.v1 + 1) return undefined;
  let limit = Math.min(d.to, d.from + 3);
  for (let t = d.from; t < limit; t++) {
    const low = s.tokens[t]!.low;
    // "expressed Russia's willingness": look past the owner.
    const owner = possessorAt(s, t);
    if (owner) {
      limit = Math.min(d.to, owner.t1 + 4);
      t = owner.t1;
      continue;
    }
    const kind = state.lex.nouns.get(low);
    if (kind && kind !== "demand") return kind;
    if (!OBJECT_DETERMINERS.has(low)) return undefined;
  }
  return undefined;
}

/** The first mention starting at t that owns what follows it ("Russia | 's willingness"). */
function possessorAt(s: Sentence, t: number): Mention | undefined {
  for (const m of s.mentions) if (m.t0 === t && s.tokens[m.t1]?.low === "'s") return m;
  return undefined;
}

export default classify_kind;
