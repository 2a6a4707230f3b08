// Creating person and group actors: one key per name as written; later rules fold
// surnames and spelling variants together.
import type { Sentence, SummarizeState } from "../state.ts";
import { straightApostrophes, type Token } from "./tokens.ts";
import { WordFlag } from "../lexicon/flags.ts";

/** The key of a group acting as one, by its name ("Polish farmers" -> "group:polish farmers"). */
export function groupKey(name: string): string {
  return "group:" + name.toLowerCase();
}

/** Record a group acting as one under `key`, shown as the text names it with a capital ("market traders" -> "Market traders"). */
export function ensureGroup(state: SummarizeState, key: string, name: string): void {
  state.ensure(key, "group", name.charAt(0).toUpperCase() + name.slice(1), false);
}

/** A plural noun for people or bodies, by its ending ("premiers", "agencies"; not "talks", "prices"). */
export function peopleShaped(state: SummarizeState, low: string): boolean {
  return endsIn(low, state.lex.words.groupEndings);
}

/** A plural noun for people alone, by its ending ("bondholders", "pharmacists"; not "agencies", "requirements"). */
export function personShaped(state: SummarizeState, low: string): boolean {
  return endsIn(low, state.lex.words.personEndings);
}

/** The singular of a lowercase plural noun, by its spelling ("agencies" -> "agency", "bondholders" -> "bondholder"); "press", "business" are no plurals. */
export function singularOf(plural: string): string {
  if (plural.endsWith("ies")) return plural.slice(0, -3) + "y";
  return plural.endsWith("s") && !plural.endsWith("ss") ? plural.slice(0, -1) : plural;
}

function endsIn(low: string, endings: Set<string>): boolean {
  for (const ending of endings) if (low.length > ending.length + 2 && low.endsWith(ending)) return true;
  return false;
}

export function personKey(name: string): string {
  const low = name.toLowerCase();
  return "person:" + straightApostrophes(low);
}

/** Record a person named by tokens [n0, n1) of the mention [t0, n1). */
export function addPerson(
  state: SummarizeState,
  s: Sentence,
  t0: number,
  n0: number,
  n1: number,
  rule: string,
  extra: { role?: string; affiliation?: string } = {},
): boolean {
  const name = state.surface(s, n0, n1);
  const key = personKey(name);
  const e = state.ensure(key, "person", name, false);
  if (extra.role) e.role ??= extra.role;
  if (extra.affiliation) e.affiliation ??= extra.affiliation;
  return state.addMention(s, { t0, t1: n1, key, role: "actor", rule, plural: false, nameT0: n0 });
}

/** "spokesman", "spokeswoman", "spokesperson": one who speaks for a body, with the sex the word tells (words.json "gendered"), or null when it is no such word. */
export function spokesVoice(state: SummarizeState, low: string): { sex: "f" | "m" | undefined } | null {
  // Each of the three words opens with "spokes" and is nine letters long or more: the cheap test first.
  if (low.length < 9 || low.charCodeAt(0) !== 115 || !SPOKES.test(low)) return null;
  const w = state.lex.words;
  return { sex: w.femaleWords.has(low) ? "f" : w.maleWords.has(low) ? "m" : undefined };
}

const SPOKES = /^spokes(?:man|woman|person)$/;

/**
 * Can nameRun from the name word at i take a second word? Only a name word, an initial (a capital
 * and its dot: two or three code units ending in ".") or a particle can follow in a run: the cheap
 * test before nameRun where a name needs two words.
 */
export function mayRunOn(state: SummarizeState, toks: readonly Token[], i: number): boolean {
  const t = toks[i + 1];
  if (t === undefined) return false;
  if (t.flags & WordFlag.NAME_WORD) return true;
  const n = t.text.length;
  return (n === 2 || n === 3) && t.text.charCodeAt(n - 1) === 46 ? true : state.lex.words.nameParticles.has(t.low);
}
