// attribute_speech: who says what, from reporting verbs and stance adjectives.
//   "Sorin insisted that guarantees must ..." -> Sorin, after the verb
//   "“The offer is too low,” Ana Ode said." -> Ana Ode, the words before
//   "... mend relations, Foreign Minister Ivan Sorin stated on Thursday." -> Sorin, the words before
//   "Offers from the US were dismissed by Sorin" -> Sorin (passive "by")
//   "According to Sorin, the initiative must come from Washington." -> Sorin
//   "He rejects concessions and demands that Kyiv ..." -> one subject, two verbs
//   "..., emphasising the need for ..." -> the clause's subject again
//   "Canada is ready to resume talks" -> Canada (offer: "is ready")
//   "Western leaders have refuted Russia's claims" -> the West's statement, not Russia's
import type { Rule } from "../rule.ts";
import type { Frame, Sentence, SummarizeState } from "../state.ts";
import { complementStart, frame, nothingAfter, quoteEnd, subjectAt } from "../text/frames.ts";
import { quoted } from "../text/subject.ts";
import { subjectEnd, verbSpans } from "../text/verbs.ts";
import { WordFlag } from "../lexicon/flags.ts";

const RULE = "attribute_speech";
const COPULA = new Set(["is", "are", "was", "were", "remains", "remain", "remained", "be", "been", "'s", "seems", "appears", "stands", "stood", "appeared", "seemed"]);
const PARTICIPLE_OPENERS = new Set([",", "while", "and", "before", "after", "by", "when", "—"]);
const BE = new Set(["is", "are", "was", "were", "been", "be", "being"]);

const attribute_speech: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip || s.mentions.length === 0) continue;
    const inQuote = quoted(s);
    const mine: Frame[] = [];
    according(state, s, mine);
    for (const v of verbSpans(state, s)) {
      // "wants to meet" is the subject's own aim; "wants Kyiv to yield" is a demand.
      const kind = v.hit.selfTo && s.tokens[v.t1]?.low === "to" ? "position" : v.hit.kind;
      const baseForm = s.tokens[v.t0]!.low === v.hit.verb.split(" ")[0];
      const f = verbFrame(state, s, v.t0, v.t1, kind, v.hit.objectTo, v.hit.participle, baseForm, mine, inQuote);
      if (f) mine.push(f);
    }
    stances(state, s, mine, inQuote);
  }
};

function verbFrame(state: SummarizeState, s: Sentence, v0: number, v1: number, kind: Frame["kind"], objectTo: boolean, participle: boolean, baseForm: boolean, mine: Frame[], inQuote: Uint8Array): Frame | null {
  const toks = s.tokens;
  const n = toks.length;
  const end = quoteEnd(s, v0, inQuote);
  if (participle) {
    const main = [...mine].reverse().find((f) => !inQuote[f.v0]);
    if (!main || !PARTICIPLE_OPENERS.has(toks[v0 - 1]?.low ?? "")) return null;
    return frame(state, s, { actor: main.actor, s0: v0, s1: v0, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "participle continues the clause", selfTo: false });
  }
  const e = subjectEnd(state, s, v0);
  const subj = e > 0 ? subjectAt(state, s, e) : undefined;
  // "provided Canada agrees to ...": a condition, not a statement by Canada.
  if (subj && state.lex.words.conditionOpeners.has(toks[subj.t0 - 1]?.low ?? "")) return null;
  if (subj) {
    const trailing = nothingAfter(state, s, v1);
    const asAside = toks[subj.t0 - 1]?.low === "as" && toks[v1]?.text === ",";
    const c0 = trailing || asAside ? 0 : complementStart(state, s, v1);
    // "While Russia contends that ..., the United States argues ...": the subordinate clause ends at its comma.
    const subordinate = state.lex.words.clauseOpeners.has(toks[subj.t0 - 1]?.low ?? "") && !asAside;
    const c1 = trailing ? subj.t0 : subordinate ? commaAfter(s, v1, end, inQuote) : end;
    return frame(state, s, { actor: subj.key, s0: subj.t0, s1: subj.t1, v0, v1, kind, objectTo, c0, c1, rule: RULE, how: trailing ? "speaker after the words" : asAside ? "aside: as X says" : "subject before the verb" });
  }
  // "were dismissed by Sorin"
  if (BE.has(toks[v0 - 1]?.low ?? "") && toks[v1]?.low === "by") {
    const at = toks[v1 + 1]?.low === "the" ? v1 + 2 : v1 + 1;
    const agent = s.mentions.find((m) => (m.t0 === v1 + 1 || m.t0 === at) && m.role === "actor");
    if (agent) return frame(state, s, { actor: agent.key, s0: agent.t0, s1: agent.t1, v0, v1, kind, objectTo, c0: 0, c1: n, rule: RULE, how: "passive: by X" });
  }
  // "..., said Sorin."
  const inverted = s.mentions.find((m) => m.t0 === v1 && m.role === "actor");
  if (inverted && /^[,”"]$/.test(toks[v0 - 1]?.text ?? "") && /^[.,;]?$/.test(toks[inverted.t1]?.text ?? ""))
    return frame(state, s, { actor: inverted.key, s0: inverted.t0, s1: inverted.t1, v0, v1, kind, objectTo, c0: 0, c1: v0, rule: RULE, how: "said X" });
  // "rejects A and demands B": the subject of the first verb.
  const prev = [...mine].reverse().find((f) => f.v1 <= v0 && !inQuote[f.v0] === !inQuote[v0]);
  // "... a power that disregards X and seeks Y": the second verb belongs to the relative clause.
  if (prev && toks.slice(prev.v1, v0).some((t) => state.lex.words.relativePronouns.has(t.low) || t.low === "that")) return null;
  // "talks need to resume and consider safety": a bare verb joins the infinitive, not the reporting verb.
  if (prev && baseForm) return null;
  if (prev && /^(?:and|but|or|,)$/.test(toks[e - 1]?.low ?? "") && !s.mentions.some((m) => m.t1 === e - 1))
    return frame(state, s, { actor: prev.actor, s0: v0, s1: v0, v0, v1, kind, objectTo, c0: v1, c1: end, rule: RULE, how: "second verb of the same subject" });
  return null;
}

/** "according to X, ..." */
function according(state: SummarizeState, s: Sentence, mine: Frame[]): void {
  if (!s.text.includes("ccording")) return;
  s.tokens.forEach((t, i) => {
    if (t.low !== "according" || s.tokens[i + 1]?.low !== "to") return;
    const m = s.mentions.find((x) => x.t0 === i + 2 && x.role === "actor");
    if (!m || state.entity(m.key)?.role === "media") return;
    // "According to X, ..." / "However, according to X, ...": the words after; "... , according to X." the words before.
    const after = s.tokens[m.t1]?.text === "," ? m.t1 + 1 : m.t1;
    const wordsAfter = s.tokens.slice(after).some((t) => t.word);
    const [c0, c1] = wordsAfter ? [after, s.tokens.length] : [0, i];
    mine.push(frame(state, s, { actor: m.key, s0: m.t0, s1: m.t1, v0: i, v1: i + 2, kind: "position", objectTo: false, c0, c1, rule: RULE, how: "according to X" }));
  });
}

/** "Russia is open to ...", "Marek remains firm on ..." */
function stances(state: SummarizeState, s: Sentence, mine: Frame[], inQuote: Uint8Array): void {
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!(toks[i]!.flags & WordFlag.STANCE)) continue;
    const kind = state.lex.stances.get(toks[i]!.low);
    if (!kind) continue;
    let c = i - 1;
    while (c > 0 && state.lex.words.adverbs.has(toks[c]!.low)) c--;
    if (!COPULA.has(toks[c]!.low)) continue;
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

export default attribute_speech;
