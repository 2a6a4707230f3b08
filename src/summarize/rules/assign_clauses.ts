// assign_clauses: each stretch of a sentence goes to the innermost speaker
// whose statement covers it; a speaker's own country or body speaking inside
// their statement stays theirs.
//   "Sorin said that Marek signalled a willingness to talk" -> Marek's point, not Sorin's
//   "Mexico's minister Luis Vera said that Mexico wants a review" -> Vera's (Mexico is his own country)
//   "a spokeswoman in Lagos, Ada Nwosu, said Nigeria wanted ..." -> Nwosu's (a spokesperson voices a country)
//   "Chile and Peru said that they wanted ..." -> a point of each ("they" is both speakers)
//   "Harlan noted that Russia had established the stance that X should not ..." -> Russia's
//   "Sorin dismissed the ceasefire, emphasising the need for a treaty" -> two points of Sorin
import type { Rule } from "../rule.ts";
import type { Frame, Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { asksOn, isStanceFrame } from "../text/frames.ts";
import { asciiLowercase } from "../text/tokens.ts";

const RULE = "assign_clauses";
const WHERE_WHEN = new Set(["on", "in", "at", "during", "after", "before", "outside", "inside", "near", "via", "from"]);
const DEMONSTRATIVE = new Set(["that", "this", "these", "those"]);
const AMOUNT = new Set(["least", "most"]);
/** Marks and joints a piece of a statement neither begins nor ends with. */
const EDGE = new Set([",", ";", ":", ".", "—", "–", "“", "”", '"', "'", "‘", "’", "(", ")", "that", "and", "but", "while", "as", "so"]);

const assign_clauses: Rule = (state) => {
  const bySent = new Map<number, Frame[]>();
  for (const f of state.frames) {
    const list = bySent.get(f.sent);
    if (list) list.push(f);
    else bySent.set(f.sent, [f]);
  }
  for (const [index, all] of bySent) {
    const s = state.sentence(index)!;
    // "the Kremlin's opposition" stays the Kremlin's: a stance its owner is named with, not words a speaker says for it.
    // A frame alone in its sentence has no statement around it to speak through.
    if (all.length > 1) for (const g of all) if (!isNounFrame(g)) collapse(state, s, g, all);
    const frames: Frame[] = [];
    for (const g of all) {
      // "Moor said both sides were ready": a stance inside another's words is that speaker's account.
      if (isStanceFrame(g) && nested(g, all)) continue;
      // A stance named by a noun ("Russia's claims") is its owner's point, but the sentence
      // around it stays with its speaker: "Western leaders refuted Russia's claims" is theirs too.
      if (isNounFrame(g)) nounPoint(state, s, g);
      else frames.push(g);
    }
    // "Berlin wants X resolved, Anna Hall said": a statement inside another's words ends where they end.
    for (const g of frames) for (const f of frames) if (f !== g && f.c0 <= g.v0 && g.v0 < f.c1 && g.c1 > f.c1 && f.c1 > g.v1) g.c1 = f.c1;
    const n = s.tokens.length;
    const owner = ownerBuffer(n);
    // The widest statement first, so the ones inside it own their own words.
    const order = widestFirst(frames);
    for (let k = 0; k < frames.length; k++) {
      const i = order[k]!;
      mark(owner, n, frames[i]!.c0, frames[i]!.c1, i);
    }
    for (const f of frames) {
      mark(owner, n, f.s0, f.s1, -2);
      mark(owner, n, f.v0, f.v1, -2);
    }
    for (let i = 0; i < frames.length; i++) pieces(state, s, frames[i]!, i, owner, n);
  }
};

/** Scratch for the order of a sentence's frames; a sentence with more frames gets its own. */
const orderScratch = new Int32Array(64);

/**
 * The indexes of the frames, the widest statement first and, of two as wide, the one whose verb
 * comes first; otherwise in their own order (an insertion sort, stable as Array.prototype.sort is).
 */
function widestFirst(frames: Frame[]): Int32Array {
  const order = frames.length <= orderScratch.length ? orderScratch : new Int32Array(frames.length);
  for (let i = 0; i < frames.length; i++) {
    let k = i;
    while (k > 0 && wider(frames[i]!, frames[order[k - 1]!]!)) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = i;
  }
  return order;
}

/** Does f go before g: a wider statement, or as wide with its verb first? */
function wider(f: Frame, g: Frame): boolean {
  return (span(g) - span(f) || f.v0 - g.v0) < 0;
}

/** One scratch array for the owners of a sentence's tokens, all -1 (no owner) over [0, n); a long sentence gets its own. */
const scratch = new Int32Array(256);
function ownerBuffer(n: number): Int32Array {
  const owner = n <= scratch.length ? scratch : new Int32Array(n);
  // A loop, not fill(): a sentence's few tokens cost less than the call into the runtime.
  for (let t = 0; t < n; t++) owner[t] = -1;
  return owner;
}

/** Tokens [a, b) of the sentence's n belong to `who`. */
function mark(owner: Int32Array, n: number, a: number, b: number, who: number): void {
  for (let t = Math.max(a, 0); t < b && t < n; t++) owner[t] = who;
}

function isNounFrame(f: Frame): boolean {
  return f.rule === "attribute_stance_nouns" && !f.how.endsWith(" that");
}

function nounPoint(state: SummarizeState, s: Sentence, f: Frame): void {
  const a = f.v0, b = f.c1;
  if (b - a < 2) return;
  state.drafts.push({ sent: s.index, actor: f.actor, kind: f.kind, targets: [], from: a, to: b, frame: f, rule: f.rule, text: state.surface(s, a, b), why: [f.how], cue: undefined, split: false, dropped: undefined });
}

function span(f: Frame): number {
  return f.c1 - f.c0;
}

function nested(g: Frame, frames: Frame[]): boolean {
  return frames.some((f) => f !== g && f.actor !== g.actor && f.c0 <= g.v0 && g.v0 < f.c1);
}

/** Inside the statement of a person who acts for it, a country or body speaks through that person. */
function collapse(state: SummarizeState, s: Sentence, g: Frame, frames: Frame[]): void {
  let parent: Frame | undefined;
  for (const f of frames) if (f !== g && f.c0 <= g.v0 && g.v0 < f.c1 && (!parent || span(f) < span(parent))) parent = f;
  if (!parent || parent.actor === g.actor) return;
  // "The US and the EU said that they expected ...": "they" is both speakers again.
  const both = parent.also ? [parent.actor, ...parent.also] : null;
  if (both && g.s1 - g.s0 === 1 && state.lex.words.pluralPronouns.has(s.tokens[g.s0]!.low) && both.some((k) => state.resolve(k) === state.resolve(g.actor))) {
    g.actor = parent.actor;
    g.also = parent.also;
    return;
  }
  const speaker = state.entity(parent.actor);
  if (speaker?.kind !== "person") return;
  const own = speaker.affiliation && state.resolve(speaker.affiliation) === state.resolve(g.actor);
  // "a spokesman for the transport ministry said Berlin expected ...": a spokesperson voices a government's wishes.
  // "Labour Minister Ana Ode said the government expected ...": an official speaks of her own government.
  const voiced = (speaker.role === "spokesperson" || (speaker.government && !speaker.affiliation && describedGovernment(state, s, g))) && state.entity(g.actor)?.kind === "country";
  if (own || voiced) {
    if (state.tracing) state.note(s.index, RULE, `${state.entity(g.actor)?.name} speaks through ${speaker.name} here`);
    g.actor = parent.actor;
  }
}

/** Words a bare government noun may stand with ("the federal government", "her government"). */
const DETERMINERS = new Set(["the", "his", "her", "its", "our", "their"]);

/**
 * Is the frame's subject a government named only by a common noun ("the government", "the federal
 * administration"), not by name or demonym ("the Chinese government", "Beijing")?
 */
function describedGovernment(state: SummarizeState, s: Sentence, g: Frame): boolean {
  let noun = false;
  for (let t = g.s0; t < g.s1; t++) {
    const low = s.tokens[t]!.low;
    if (state.lex.governmentDescriptors.has(low)) noun = true;
    else if (!DETERMINERS.has(low) && !state.lex.words.governmentModifiers.has(low)) return false;
  }
  return noun;
}

function gapIsOwn(s: Sentence, f: Frame, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const own = (t >= f.s0 && t < f.s1) || (t >= f.v0 && t < f.v1);
    if (!own && !EDGE.has(s.tokens[t]!.low)) return false;
  }
  return true;
}

/** The stretches of frame i's statement it owns (tokens past the sentence's n have no owner). */
function pieces(state: SummarizeState, s: Sentence, f: Frame, i: number, owner: Int32Array, n: number): void {
  // The drafts of f are all made here (no other rule makes drafts for this rule's frames), so the ones to grow alike stand from here on.
  const first = state.drafts.length;
  const end = Math.min(f.c1, n);
  let t = Math.max(f.c0, 0);
  while (t < end) {
    if (owner[t] !== i) {
      t++;
      continue;
    }
    let e = t;
    while (e < end && owner[e] === i) e++;
    let a = t, b = e;
    while (a < b && EDGE.has(s.tokens[a]!.low)) a++;
    while (b > a && EDGE.has(s.tokens[b - 1]!.low)) b--;
    // One word or more than one is all that is asked of the count.
    let words = 0;
    for (let k = a; k < b && words < 2; k++) if (s.tokens[k]!.word) words++;
    // "The ball, as Ana Ode says, is in Ottawa's court": one statement around the aside.
    const last = state.drafts.at(-1);
    if (last && last.frame === f && last.sent === s.index && gapIsOwn(s, f, last.to, a)) {
      // The draft of each actor of a shared subject grows alike.
      for (let k = first; k < state.drafts.length; k++) {
        const d = state.drafts[k]!;
        if (d.frame === f && d.sent === s.index && d.to === last.to && d !== last) (d.to = b), (d.text = state.surface(s, d.from, b));
      }
      last.to = b;
      last.text = state.surface(s, last.from, b);
      t = e;
      continue;
    }
    // "on Tuesday", "on his daily call": where or when it was said, not what; "had long": no statement at all.
    // "wants at least $5.25": an amount, not a place.
    // "insists on a written guarantee": what a demand verb asks for, not when.
    const adjunctOnly = b - a <= 5 && !(a === f.v1 && asksOn(s, f.kind, a)) && WHERE_WHEN.has(s.tokens[a]?.low ?? "") && !AMOUNT.has(s.tokens[a + 1]?.low ?? "") && !anyCue(s, a, b);
    // "urged caution", "demanded answers": one word right after a verb of demanding or refusing says it all.
    // "rejected that demand": past a demonstrative the edge trimmed.
    if (words === 1 && f.v1 === a - 1 && DEMONSTRATIVE.has(s.tokens[a - 1]!.low)) a--;
    const oneWord = words === 1 && (f.kind === "demand" || f.kind === "rejection") && !isStanceFrame(f) && f.v1 === a && asciiLowercase(s.tokens[b - 1]!.text) && b - a <= 2;
    // "Beijing blames Manila": the one the verb is aimed at, named alone.
    const aimedAt = words === 1 && f.v1 === a && !isStanceFrame(f) && state.mentionEndingAt(s, b)?.t0 === a && !state.lex.words.audienceVerbs.has(s.tokens[f.v0]!.low);
    if ((words >= 2 || oneWord || aimedAt) && !adjunctOnly && !onlyFunctionWords(s, a, b)) {
      // "Saudi Arabia and the United States called on ...": one point for each.
      draft(state, s, f, f.actor, a, b);
      if (f.also) for (const actor of f.also) draft(state, s, f, actor, a, b);
    }
    t = e;
  }
}

/** Does a cue word stand among the tokens [a, b)? */
function anyCue(s: Sentence, a: number, b: number): boolean {
  for (let k = Math.max(a, 0); k < b && k < s.tokens.length; k++) if (s.tokens[k]!.flags & WordFlag.CUE) return true;
  return false;
}

/** A point of `actor` on the tokens [a, b) of f's statement. */
function draft(state: SummarizeState, s: Sentence, f: Frame, actor: string, a: number, b: number): void {
  state.drafts.push({ sent: s.index, actor, kind: f.kind, targets: [], from: a, to: b, frame: f, rule: f.rule, text: state.surface(s, a, b), why: [f.how], cue: undefined, split: false, dropped: undefined });
}

/** Auxiliaries and adverbs left over between two speakers' words ("Copenhagen | had long | argued"). */
function onlyFunctionWords(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = s.tokens[k]!;
    if (t.word && !(t.flags & (WordFlag.AUXILIARY | WordFlag.ADVERB))) return false;
  }
  return true;
}

export default assign_clauses;
