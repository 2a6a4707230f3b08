// How well a body the article names fits a common noun pointing back to it:
// "the union" fits "Waterside Workers' Alliance" by "workers", "the company" a
// name with no institution's head word ("Pacific Gateway Terminals").
import type { SummarizeState } from "../state.ts";

export interface Fit {
  state: SummarizeState;
  noun: string;
  words: string[];
  cap: boolean;
  names: Map<string, string[]>;
  memo: Map<string, number>;
  /** Common nouns a body was introduced with ("the pilots' union Vereinigung Cockpit"): the best fit of all. */
  kinds?: Map<string, Set<string>>;
}

/** How well a body fits the noun (the index of the word its name holds; -1 not at all), memoised for the article. */
export function rank(f: Fit, key: string): number {
  let r = f.memo.get(key);
  if (r !== undefined) return r;
  r = fitsNoun(f.state, key, f.words, f.names);
  // "Humber Rail Users' Group" is its members', never "the company" (though "the group").
  if (!f.cap && f.state.lex.companyNouns.has(f.noun) && membersBody(f.state, key, f.noun)) r = -1;
  else if (r < 0 && !f.cap && f.state.lex.companyNouns.has(f.noun) && bare(f.state, key)) r = f.words.length;
  if (f.kinds?.get(key)?.has(f.noun)) r = 0;
  else if (r >= 0 && f.kinds) r += 1;
  f.memo.set(key, r);
  return r;
}

const normed = new Map<string, string>();

/** " waterside workers alliance ": lowercase, no possessives or dots, spaced for whole-word tests. Memoised: names repeat. */
function norm(name: string): string {
  let n = normed.get(name);
  if (n === undefined) {
    if (normed.size > 20_000) normed.clear();
    normed.set(name, (n = " " + name.toLowerCase().replace(/['’‘]s\b/g, "").replace(/['’‘.]/g, "").replace(/\s+/g, " ") + " "));
  }
  return n;
}

/** Which of the noun's words (its index, -1 for none) one of the body's names holds: "the union" -> "Waterside Workers' Alliance" by "workers". */
function fitsNoun(state: SummarizeState, key: string, words: string[], cache: Map<string, string[]>): number {
  let names = cache.get(key);
  if (!names) {
    const e = state.entity(key);
    if (!e) return -1;
    cache.set(key, (names = [e.name, ...e.forms.keys(), ...(state.lex.entities.get(e.key)?.aliases ?? [])].map(norm)));
  }
  return words.findIndex((w) => names!.some((n) => n.includes(norm(w))));
}

/** A body named without any head word: what "the company" may mean. */
function bare(state: SummarizeState, key: string): boolean {
  const e = state.entity(key);
  return !!e && e.kind === "organisation" && !e.fromDictionary && !e.name.split(" ").some((w) => state.lex.orgHeads.has(w) && !state.lex.companyHeads.has(w));
}


/** "Humber Rail Users' Group": a plural possessive before a company's head word says its members are people, not that it is a business. */
function membersBody(state: SummarizeState, key: string, noun: string): boolean {
  const words = state.entity(key)?.name.split(" ") ?? [];
  const head = words[words.length - 1] ?? "";
  return words.length >= 2 && /s['’]$/.test(words[words.length - 2]!) && state.lex.companyHeads.has(head) && head.toLowerCase() !== noun;
}
