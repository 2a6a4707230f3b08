// What the lexicon says about each distinct spelling of a word, worked out once:
// its folded form, its case, and its WordFlag bits. News repeats its words, so
// most tokens cost one probe instead of a copy, a case fold, a second probe
// and the name-shape tests.
import type { SpellingTable, WordShape } from "../text/tokens.ts";
import { hashSpan, shapeOf } from "../text/tokens.ts";
import { WordFlag } from "./flags.ts";

/** Distinct spellings kept before the table starts afresh: bounds memory on an endless run. */
const LIMIT = 200_000;

export class Vocabulary implements SpellingTable {
  // An open-addressing table keyed by the characters of a span (hashSpan, which the tokenizer
  // takes as it reads them): a spelling seen before costs one comparison with the text of the
  // shape in its slot, with no copy of the span.
  #shapes: (WordShape | undefined)[] = new Array(INITIAL_SLOTS);
  #count = 0;
  /** Shapes of one-character spellings (punctuation, initials) by character code: no hash, no probe. */
  #single: (WordShape | undefined)[] = new Array(SINGLE_CODES);

  constructor(
    /** Word -> WordFlag bits of the lists it may begin. */
    readonly flags: Map<string, number>,
    readonly nonNames: Set<string>,
    readonly nameParticles: Set<string>,
  ) {}

  /** The shape of one token's text; the same text always gives the same (shared) shape. */
  readonly shape = (text: string): WordShape => this.shapeAt(text, 0, text.length, hashSpan(text, 0, text.length));

  /** The shape of text[i, j), as `shape` gives it for that span's text; `h` is the span's hashSpan. */
  readonly shapeAt = (text: string, i: number, j: number, h: number): WordShape => {
    const len = j - i;
    if (len === 1) {
      const c = text.charCodeAt(i);
      if (c < SINGLE_CODES) return (this.#single[c] ??= this.#make(text.length === 1 ? text : text.slice(i, j)));
    }
    const shapes = this.#shapes;
    const mask = shapes.length - 1;
    let slot = h & mask;
    for (let shape = shapes[slot]; shape !== undefined; shape = shapes[slot]) {
      if (shape.text.length === len && text.startsWith(shape.text, i)) return shape;
      slot = (slot + 1) & mask;
    }
    const s = this.#make(len === text.length ? text : text.slice(i, j));
    if (this.#count >= LIMIT) this.#reset(INITIAL_SLOTS);
    else if ((this.#count + 1) * 2 > shapes.length) this.#reset(shapes.length * 2);
    this.#put(h, s);
    return s;
  };

  #make(text: string): WordShape {
    const s = shapeOf(text);
    // A spelling's strings are compared with the rules' literals ("the", "said") and looked up in
    // Sets at every occurrence: as the engine's one shared copy (internalized), an equal string is
    // the same object and its hash is kept, so each test is a pointer comparison.
    s.text = shared(s.text);
    s.low = shared(s.low);
    // Of punctuation only the possessive is ever part of a listed phrase ("'s court").
    if (s.word || s.low === "'s") s.flags = this.flags.get(s.low) ?? 0;
    if (s.word && (s.cap ? !this.nonNames.has(s.low) && nameShaped(text) : text.length > 3 && joinerNear(text) && particleName(text, this.nameParticles))) s.flags |= WordFlag.NAME_WORD;
    return s;
  }

  #put(h: number, s: WordShape): void {
    const shapes = this.#shapes;
    const mask = shapes.length - 1;
    let slot = h & mask;
    while (shapes[slot] !== undefined) slot = (slot + 1) & mask;
    shapes[slot] = s;
    this.#count++;
  }

  /** A table of `slots` slots: twice the size keeps the probes short; at LIMIT it starts afresh. */
  #reset(slots: number): void {
    const old = slots > this.#shapes.length ? this.#shapes : [];
    this.#shapes = new Array(slots);
    this.#count = 0;
    for (const s of old) if (s) this.#put(hashSpan(s.text, 0, s.text.length), s);
  }
}

const INITIAL_SLOTS = 4096;
/** Characters up to the general punctuation block (dashes, curly quotes, ellipsis). */
const SINGLE_CODES = 0x2100;

/**
 * The engine's one copy of a string's value: property keys are held so, and a key read back is
 * that copy. It is a string of its own: a slice of a long string may be kept as a view of the
 * whole (V8 does so from 13 characters), and a shape outlives the article it was first read in,
 * so a view kept in the table would keep the article's whole body alive as long as the lexicon.
 */
function shared(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

/** No digits, and not an acronym ("NATO"): a body, not a person. */
function nameShaped(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if ((c >= 97 && c <= 122) || (c > 127 && text[i] !== text[i]!.toUpperCase())) lower = true;
  }
  return lower || text.length === 1 || text.endsWith(".");
}

/** "al-Harbi", "el-Tayeb", "bin-Zayed": a lowercase particle joined to a capitalised name. */
function particleName(text: string, particles: Set<string>): boolean {
  let k = text.indexOf("-");
  if (k < 0) k = text.indexOf("'");
  if (k < 0) k = text.indexOf("’");
  return k > 0 && k + 1 < text.length && particles.has(text.slice(0, k)) && /\p{Lu}/u.test(text[k + 1]!);
}

/** A hyphen or apostrophe within a particle's length of the start: the cheap test before particleName. */
function joinerNear(text: string): boolean {
  for (let i = 1; i < 6 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 39 || c === 8217) return true;
  }
  return false;
}
