// What the lexicon says about each distinct spelling of a word, worked out once:
// its folded form, its case, and its WordFlag bits. News repeats its words, so
// most tokens cost one Map probe instead of a case fold, a second probe and
// the name-shape tests.
import type { WordShape } from "../text/tokens.ts";
import { shapeOf } from "../text/tokens.ts";
import { WordFlag } from "./flags.ts";

/** Distinct spellings kept before the table starts afresh: bounds memory on an endless run. */
const LIMIT = 200_000;

export class Vocabulary {
  readonly #shapes = new Map<string, WordShape>();

  constructor(
    /** Word -> WordFlag bits of the lists it may begin. */
    readonly flags: Map<string, number>,
    readonly nonNames: Set<string>,
    readonly nameParticles: Set<string>,
  ) {}

  /** The shape of one token's text; the same text always gives the same (shared) shape. */
  readonly shape = (text: string): WordShape => {
    let s = this.#shapes.get(text);
    if (s) return s;
    if (this.#shapes.size >= LIMIT) this.#shapes.clear();
    s = shapeOf(text);
    // Of punctuation only the possessive is ever part of a listed phrase ("'s court").
    if (s.word || s.low === "'s") s.flags = this.flags.get(s.low) ?? 0;
    if (s.word && (s.cap ? !this.nonNames.has(s.low) && nameShaped(text) : text.length > 3 && joinerNear(text) && particleName(text, this.nameParticles))) s.flags |= WordFlag.NAME_WORD;
    this.#shapes.set(text, s);
    return s;
  };
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
