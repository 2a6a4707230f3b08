// clip_key_point: the point as a short clause rather than the whole sentence.
//   "“The offer is an insult,”" -> "The offer is an insult"
//   "that any guarantees must comply with OSCE agreements, suggesting a framework ..."
//     -> "any guarantees must comply with OSCE agreements" (the aside after the comma is its own point)
//   "Halden rejected the demands" -> "rejected the demands" (the verb carries the kind)
//   "called on rich nations to pay, as talks entered their last week" -> "... to pay"
//   a 60-word clause -> cut at the first comma after twelve words
//   "The tanker would stay at anchor, he said, until its owners pay" -> "The tanker would stay at anchor until its owners pay"
import { verbAt } from "../text/verbs.ts";
import { isStanceFrame } from "../text/frames.ts";
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { doubleQuoteAt, moreWordsThan, spaceAt } from "../text/tokens.ts";
import type { Token } from "../text/tokens.ts";

const MAX_WORDS = 30;
/** Words and marks a clause does not open with. */
const LEAD = new Set(["that", "and", "but", "so", "as", "while", ",", ";", ":", "“", "”", '"', "'", "‘", "’", "("]);
/** Marks and joints a clause does not end with. */
const TAIL = new Set([",", ";", ":", "“", "”", '"', "'", "‘", "’", "(", "—", "–", "-"]);
const JOINTS = new Set(["and", "but", "or", "also", "then", "yet", "so", "the", "a", "an"]);
/** Words after a comma that open an aside: a relative, or a subordinate clause. */
const RELATIVES = new Set(["which", "who", "whose", "where"]);
const SUBORDINATORS = new Set(["as", "while", "although", "though", "because", "after", "before", "when", "whereas"]);

const clip_key_point: Rule = (state) => {
  for (const d of state.drafts) {
    const s = state.sentence(d.sent)!;
    const toks = s.tokens;
    // "NAIROBI, Kenya — ...": the dateline is where, not what.
    let a = Math.max(d.from, s.dateline), b = d.to;
    while (a < b && LEAD.has(toks[a]!.low)) a++;
    // Stop at a relative, participle or subordinate aside: ", which", ", suggesting", ", as".
    for (let t = a + 4; t < b - 1; t++) {
      if (toks[t]!.text !== ",") continue;
      const next = toks[t + 1]!;
      if (RELATIVES.has(next.low) || (next.low.endsWith("ing") && !next.cap) || (t - a >= 6 && SUBORDINATORS.has(next.low))) {
        b = t;
        break;
      }
    }
    b = longClauseEnd(toks, a, b);
    // ", diplomats said" at the end: who reported it, not what was said.
    b = beforeTrailingAttribution(state, s, a, b);
    // "wanted the project completed on schedule but also": the joint to the next statement goes.
    while (b > a && endsJoint(toks[b - 1]!)) b--;
    // A rejection, warning or offer told by its verb keeps the verb: "rejected the demands".
    const f = d.frame;
    if (a === f.v1 && f.v1 > f.v0 && (f.kind !== "position" || f.how.startsWith("participle")) && !isStanceFrame(f)) a = f.v0;
    // "rejected that demand", "blames Manila": a clause of one word says nothing without its verb.
    else if (f.v1 > f.v0 && d.from <= f.v1 + 1 && f.v1 <= a && !moreWordsThan(toks, f.v1, b, 2) && !isStanceFrame(f)) a = f.v0;
    if (b > a) {
      // "The tanker would stay at anchor, he said, until ...": the aside that names the speaker is no part of what was said.
      const aside = f.how.startsWith("aside") && toks[f.s0 - 1]?.text === "," && toks[f.v1]?.text === "," && a < f.s0 - 1 && f.v1 + 1 < b;
      let text = aside ? `${state.surface(s, a, f.s0 - 1)} ${state.surface(s, f.v1 + 1, b)}` : state.surface(s, a, b);
      // The replaces only where there is something to replace: most clauses hold no quotation marks.
      const marks = aside ? ODD : marksOf(s, a, b);
      if (marks === QUOTES) text = text.replace(/[“”"]/g, "");
      else if (marks === ODD) {
        if (/[“”"]/.test(text)) text = text.replace(/[“”"]/g, "");
        if (/\s\s|[\t\n]/.test(text)) text = text.replace(/\s+/g, " ");
      }
      // A plain clause opens and ends with a token, and a token holds no white space: nothing to trim.
      d.text = marks === PLAIN ? text : text.trim();
    }
  }
};

/** What the text of tokens [a, b) holds for the replaces above (see marksOf). */
const PLAIN = 0, QUOTES = 1, ODD = 2;

/**
 * PLAIN: words and marks other than quotation marks, at most one space apart. QUOTES: the same
 * but for marks that are quotation marks, with no two spaces left side by side once they go.
 * Either way the text holds nothing the white space replace looks for (a word token holds no
 * quotation mark and no white space), and QUOTES does hold a quotation mark. ODD: any other text,
 * left to the replaces' own tests.
 */
function marksOf(s: Sentence, a: number, b: number): number {
  const toks = s.tokens;
  if (b > toks.length) return ODD;
  const text = s.text;
  // Token offsets count from where the sentence's text starts in its body (or title).
  const base = s.start;
  let marks = PLAIN;
  // A space since the last token that stays: another one before the next would stand beside it.
  let spaced = false;
  const at = s.offsets;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    const start = at[2 * k]!, end = at[2 * k + 1]!;
    if (k > a) {
      const gap = start - at[2 * k - 1]!;
      if (gap > 1 || (gap === 1 && (spaced || text.charCodeAt(start - base - 1) !== 32))) return ODD;
      if (gap === 1) spaced = true;
    }
    if (t.word) spaced = false;
    else if (end - start === 1 && doubleQuoteAt(text, start - base)) marks = QUOTES;
    else {
      for (let j = start - base; j < end - base; j++) if (quoteOrSpace(text, j)) return ODD;
      spaced = false;
    }
  }
  return marks;
}

/** A quotation mark or white space at text[j]. */
function quoteOrSpace(text: string, j: number): boolean {
  return doubleQuoteAt(text, j) || spaceAt(text, j);
}

/** A mark or joint a clause does not end with: the marks are no words, the joints all are. */
function endsJoint(t: Token): boolean {
  return t.word ? JOINTS.has(t.low) : TAIL.has(t.text);
}

/** A clause of more than MAX_WORDS words ends at its first comma past twelve words; one of no more tokens has no more words, and ends at b. */
function longClauseEnd(toks: Token[], a: number, b: number): number {
  if (b - a <= MAX_WORDS) return b;
  let words = 0;
  for (let t = a; t < b; t++) {
    if (toks[t]!.word) words++;
    // Whether the clause is long decides at its first comma past twelve words as at any later one.
    if (words > 12 && toks[t]!.text === ",") return moreWordsThan(toks, a, b, MAX_WORDS) ? t : b;
  }
  return b;
}

/** The clause end before ", a few words + reporting verb" closing the span ("..., diplomats said"), or b. */
function beforeTrailingAttribution(state: SummarizeState, s: Sentence, a: number, b: number): number {
  const toks = s.tokens;
  for (let c = Math.max(a + 2, b - 6); c < b - 1; c++) {
    if (toks[c]!.text !== ",") continue;
    for (let v = c + 2; v < b; v++) if (toks[v]!.flags & WordFlag.VERB && !toks[v]!.cap && verbAt(state, toks, v)?.end === b) return c;
  }
  return b;
}

export default clip_key_point;
