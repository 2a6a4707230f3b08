// attribute_quotes: a quotation that runs over several sentences has one speaker,
// named before it or after it.
//   "“The offer is an insult,” Ana Ode said. “We need a real raise.”"
//     -> the second sentence is Ana Ode's too
//   "“The company must pay. Until it does, we stay out,” Ana Ode said."
//     -> the first sentence is Ana Ode's too (the speaker comes after the quotation closes)
//   "“Talks are over,” the union said. The company disagreed." -> second sentence not a quote: nothing
import type { Rule } from "../rule.ts";
import type { Frame, Sentence } from "../state.ts";
import { frame } from "../text/frames.ts";
import { doubleQuoteAt } from "../text/tokens.ts";

const RULE = "attribute_quotes";
const OPEN = new Set(["“", '"']);
/** Frames whose speaker comes after the words: they name who spoke a quotation closing before them. */
const AFTER_THE_WORDS = new Set(["speaker after the words", "said X"]);

const attribute_quotes: Rule = (state) => {
  // Frames by sentence index; the title's (-1) are never asked for.
  const bySent: (Frame[] | undefined)[] = [];
  for (const f of state.frames) {
    if (f.sent < 0) continue;
    const list = bySent[f.sent];
    if (list) list.push(f);
    else bySent[f.sent] = [f];
  }
  const body = state.sentences.filter((s) => !s.skip && s.index >= 0);
  // The sentence before, its speaker, and whether it carries a quotation: its marks are read only when asked.
  let prev: Sentence | null = null;
  let prevSpeaker: string | null = null;
  let prevContinues = false;
  for (let k = 0; k < body.length; k++) {
    const s = body[k]!;
    const frames = bySent[s.index];
    const opens = s.quoteOpen || OPEN.has(s.tokens[0]?.text ?? "");
    if (opens && frames === undefined) {
      const speaker = (prev && prev.paragraph === s.paragraph && (prevContinues || hasQuote(prev)) ? prevSpeaker : null) ?? speakerAfter(body, k, bySent);
      if (speaker) {
        const f = frame(state, s, { actor: speaker, s0: 0, s1: 0, v0: 0, v1: 0, kind: "position", objectTo: false, c0: 0, c1: s.tokens.length, rule: RULE, how: "the quotation goes on" });
        bySent[s.index] = [f];
        prev = s;
        prevSpeaker = f.actor;
        prevContinues = true;
        continue;
      }
    }
    prev = s;
    prevSpeaker = frames ? speakerOf(frames) : null;
    prevContinues = false;
  }
};

/** The actor of the first frame that is not a stance noun's, or null. */
function speakerOf(frames: Frame[]): string | null {
  for (const f of frames) if (f.rule !== "attribute_stance_nouns") return f.actor;
  return null;
}

/** Does a quotation run in the sentence: one open when it begins, or a mark of its own? */
function hasQuote(s: Sentence): boolean {
  return s.quoteOpen || hasQuoteMark(s);
}

/** A “, " or ” among the tokens: marks of one character, never words. */
function hasQuoteMark(s: Sentence): boolean {
  for (const t of s.tokens) {
    if (t.word || t.text.length !== 1) continue;
    if (doubleQuoteAt(t.text, 0)) return true;
  }
  return false;
}

/** The speaker named after a quotation that opens in sentence k and closes later in the paragraph. */
function speakerAfter(body: Sentence[], k: number, bySent: (Frame[] | undefined)[]): string | null {
  const s = body[k]!;
  for (let j = k + 1; j < body.length; j++) {
    const n = body[j]!;
    if (n.paragraph !== s.paragraph || !n.quoteOpen) return null;
    const f = (bySent[n.index] ?? []).find((x) => AFTER_THE_WORDS.has(x.how));
    if (f) return f.actor;
    if ((bySent[n.index] ?? []).length > 0) return null;
  }
  return null;
}

export default attribute_quotes;
