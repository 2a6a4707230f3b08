// attribute_quotes: a quotation that runs on into the next sentence keeps its speaker.
//   "“The offer is an insult,” Ana Ode said. “We need a real raise.”"
//     -> the second sentence is Sorin's too
//   "“Talks are over,” the union said. The company disagreed." -> second sentence not a quote: nothing
import type { Rule } from "../rule.ts";
import type { Frame } from "../state.ts";
import { frame } from "../text/frames.ts";

const RULE = "attribute_quotes";
const OPEN = /^[“"]$/;

const attribute_quotes: Rule = (state) => {
  const bySent = new Map<number, Frame[]>();
  for (const f of state.frames) bySent.set(f.sent, [...(bySent.get(f.sent) ?? []), f]);
  let prev: { paragraph: number; speaker: string | null; quotes: boolean } | null = null;
  for (const s of state.sentences) {
    if (s.skip || s.index === -1) continue;
    const frames = bySent.get(s.index) ?? [];
    const opens = OPEN.test(s.tokens[0]?.text ?? "");
    const hasQuote = s.tokens.some((t) => OPEN.test(t.text) || t.text === "”");
    if (opens && frames.length === 0 && prev && prev.paragraph === s.paragraph && prev.speaker && prev.quotes) {
      const f = frame(state, s, { actor: prev.speaker, s0: 0, s1: 0, v0: 0, v1: 0, kind: "position", objectTo: false, c0: 0, c1: s.tokens.length, rule: RULE, how: "the quotation goes on" });
      prev = { paragraph: s.paragraph, speaker: f.actor, quotes: true };
      continue;
    }
    const speaker = frames.find((f) => f.rule !== "attribute_stance_nouns")?.actor ?? null;
    prev = { paragraph: s.paragraph, speaker, quotes: hasQuote };
  }
};

export default attribute_quotes;
