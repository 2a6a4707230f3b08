// clip_key_point: the point as a short clause rather than the whole sentence.
//   "“A truce leads to nowhere,”" -> "A truce leads to nowhere"
//   "that any guarantees must comply with OSCE agreements, suggesting a framework ..."
//     -> "any guarantees must comply with OSCE agreements" (the aside after the comma is its own point)
//   a 60-word clause -> cut at the first comma after twelve words
import type { Rule } from "../rule.ts";

const MAX_WORDS = 30;
const LEAD = /^(?:that|and|but|so|as|while|[,;:“”"'‘’(])$/;
const TAIL = /^[,;:“”"'‘’(—–-]$/;

const clip_key_point: Rule = (state) => {
  for (const d of state.drafts) {
    const s = state.sentence(d.sent)!;
    const toks = s.tokens;
    let a = d.from, b = d.to;
    while (a < b && LEAD.test(toks[a]!.low)) a++;
    // Stop at a relative or participle aside: ", which", ", suggesting".
    for (let t = a + 4; t < b - 1; t++) {
      if (toks[t]!.text !== ",") continue;
      const next = toks[t + 1]!;
      if (/^(?:which|who|whose|where)$/.test(next.low) || (/ing$/.test(next.low) && !next.cap)) {
        b = t;
        break;
      }
    }
    let words = 0;
    for (let t = a; t < b; t++) {
      if (toks[t]!.word) words++;
      if (words > 12 && toks[t]!.text === "," && countWords(toks, a, b) > MAX_WORDS) {
        b = t;
        break;
      }
    }
    while (b > a && TAIL.test(toks[b - 1]!.text)) b--;
    if (b > a) d.text = state.surface(s, a, b).replace(/[“”"]/g, "").replace(/\s+/g, " ").trim();
  }
};

function countWords(toks: { word: boolean }[], a: number, b: number): number {
  let n = 0;
  for (let t = a; t < b; t++) if (toks[t]!.word) n++;
  return n;
}

export default clip_key_point;
