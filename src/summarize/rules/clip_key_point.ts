// clip_key_point: the point as a short clause rather than the whole sentence.
//   "“The offer is an insult,”" -> "The offer is an insult"
//   "that any guarantees must comply with OSCE agreements, suggesting a framework ..."
//     -> "any guarantees must comply with OSCE agreements" (the aside after the comma is its own point)
//   "Halden rejected the demands" -> "rejected the demands" (the verb carries the kind)
//   "called on rich nations to pay, as talks entered their last week" -> "... to pay"
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
    // Stop at a relative, participle or subordinate aside: ", which", ", suggesting", ", as".
    for (let t = a + 4; t < b - 1; t++) {
      if (toks[t]!.text !== ",") continue;
      const next = toks[t + 1]!;
      if (/^(?:which|who|whose|where)$/.test(next.low) || (/ing$/.test(next.low) && !next.cap) || (t - a >= 6 && /^(?:as|while|although|though|because|after|before|when|whereas)$/.test(next.low))) {
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
    // A rejection, warning or offer told by its verb keeps the verb: "rejected the demands".
    const f = d.frame;
    if (a === f.v1 && f.v1 > f.v0 && (f.kind !== "position" || f.how.startsWith("participle")) && !f.how.startsWith("stance")) a = f.v0;
    if (b > a) d.text = state.surface(s, a, b).replace(/[“”"]/g, "").replace(/\s+/g, " ").trim();
  }
};

function countWords(toks: { word: boolean }[], a: number, b: number): number {
  let n = 0;
  for (let t = a; t < b; t++) if (toks[t]!.word) n++;
  return n;
}

export default clip_key_point;
