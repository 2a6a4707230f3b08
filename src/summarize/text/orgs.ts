// Organisation name shapes: capitalised runs with a head word or a company
// suffix, and "Full Name (ACRONYM)" pairs.
import type { Sentence, SummarizeState } from "../state.ts";
import { dictAt, isNameWord } from "./names.ts";

const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

/** End of a capitalised run starting at i (connectors allowed inside), or i. */
export function capitalRun(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const { orgConnectors } = state.lex;
  let j = i;
  let end = i;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.cap && t.word) end = ++j;
    // "Dock and Transport Workers' Union": a plural possessive inside the name.
    else if (j > i && (t.text === "'" || t.text === "’") && toks[j - 1]!.text.endsWith("s") && toks[j + 1]?.cap) j++;
    else if (j > i && orgConnectors.has(t.low) && capAfter(state, toks, j + 1)) j++;
    else break;
  }
  return end;
}

/** A capitalised word (not a date word) after one or two connectors: "of the Willing", not "on December". */
function capAfter(state: SummarizeState, toks: Sentence["tokens"], j: number): boolean {
  if (state.lex.orgConnectors.has(toks[j]?.low ?? "")) j++;
  const t = toks[j];
  return !!t && t.cap && !DATE_WORD.test(t.low);
}

/** The org shape starting at i: a run that holds a head word or ends in a company suffix. */
export function orgShapeAt(state: SummarizeState, s: Sentence, i: number): number {
  const toks = s.tokens;
  const first = toks[i];
  if (!first?.cap || !first.word || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word)) return i;
  let t0 = i;
  if (first.low === "the") t0 = i + 1;
  const end = capitalRun(state, s, t0);
  if (end - t0 < 1) return i;
  let hasHead = false;
  for (let j = t0; j < end; j++) if (state.lex.orgHeads.has(toks[j]!.text)) hasHead = true;
  const suffix = state.lex.orgSuffixes.has(toks[end - 1]!.text) || (toks[end]?.text === "." && state.lex.orgSuffixes.has(toks[end - 1]!.text + "."));
  // "Lawyers for Acme Corp": the people who speak for a body are not part of its name.
  if (state.lex.words.peopleNouns.has(toks[t0]!.low)) return i;
  const dot = toks[end]?.text === "." && state.lex.orgSuffixes.has(toks[end - 1]!.text + ".") && toks[end + 1] !== undefined;
  if ((hasHead && end - t0 >= 2) || (suffix && end - t0 >= 2)) return dot ? end + 1 : end;
  return i;
}

/** "(ABC)" right after tokens ending at `end`, whose letters fit the initials of [t0, end). */
export function acronymAfter(state: SummarizeState, s: Sentence, t0: number, end: number): string | null {
  const toks = s.tokens;
  if (toks[end]?.text !== "(" || toks[end + 2]?.text !== ")") return null;
  const acr = toks[end + 1]!.text;
  if (!ACRONYM.test(acr)) return null;
  const initials = toks.slice(t0, end).filter((t) => t.cap && t.word).map((t) => t.text[0]).join("");
  return initials.startsWith(acr[0]!) || acr.startsWith(initials[0] ?? "") ? acr : null;
}

export function looksLikeName(state: SummarizeState, s: Sentence, t0: number, t1: number): boolean {
  for (let j = t0; j < t1; j++) if (dictAt(state, s, j)) return false;
  return isNameWord(state, s.tokens[t0]);
}
