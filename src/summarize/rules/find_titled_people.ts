// find_titled_people: a title and a capitalised name make a person.
//   "Russian Foreign Minister Ivan Sorin" -> Ivan Sorin (foreign minister, of Russia)
//   "retired Lieutenant-General Keith Moor" -> Keith Moor (military officer)
//   "Kremlin spokesman Dmitry Orlov" -> Dmitry Orlov (spokesperson, of Russia)
//   "union president Jon Holden" -> Jon Holden
//   "the UN General Assembly" -> nothing (a dictionary name, not "General Assembly")
import type { Rule } from "../rule.ts";
import { titleAt } from "../text/titles.ts";
import { ARTICLES } from "../text/subject.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { cityAsFirstName, dictAt, dictEndingAt, isOrgHead, nameRun, type DictSpan } from "../text/names.ts";
import { addPerson } from "../text/people.ts";
import { ensureKnown } from "../text/known.ts";
import { WordFlag } from "../lexicon/flags.ts";
import { tokenAt } from "../text/at.ts";
import type { Token } from "../text/tokens.ts";
import type { TitleHit } from "../lexicon/types.ts";

const RULE = "find_titled_people";
/** How many words a role set before a comma may run ("chief negotiator", "top trade official"). */
const ROLE_REACH = 5;

const find_titled_people: Rule = (state) => {
  const { titles, honorifics } = state.lex;
  for (const s of state.sentences) {
    if (s.skip || !(s.flags & (WordFlag.TITLE | WordFlag.HONORIFIC))) continue;
    const toks = s.tokens;
    // The name after a title opens with a name word (after a capital's name, perhaps): none after the last one.
    const last = lastNameWord(s);
    for (let i = 0; i < last; i++) {
      if (!(toks[i]!.flags & (WordFlag.TITLE | WordFlag.HONORIFIC))) continue;
      const low = toks[i]!.low;
      // The bit says the word may be an honorific: the list is asked only then.
      const honorific = (toks[i]!.flags & WordFlag.HONORIFIC) !== 0 && honorifics.has(low) && toks[i]!.cap;
      if (!honorific && !(toks[i]!.flags & WordFlag.TITLE)) continue;
      if (dictAt(state, s, i)) continue;
      // "nurse Ana Ode", but not "Patient Voice": some titles stand before a name only in lowercase.
      let m = honorific ? { end: i + 1, values: [{ title: low, role: "", government: false }] } : titles.match(toks, i, caseOfTitleFits);
      // "Deputy Infrastructure Minister": a modifier, then a longer title, not the title "deputy" alone.
      if (m && state.lex.titleModifiers.has(low)) {
        const longer = titles.match(toks, i + 1);
        if (longer && longer.end > m.end) m = longer;
      }
      if (!m) continue;
      // "Minister for Enterprise Declan Furlong": the portfolio after the title, then the name;
      // "Commission president Justice Ana Ode": a second title, then the name.
      const n0 = portfolioAfter(state, toks, m.end) ?? titleAfter(state, s, m.end) ?? m.end;
      let n1 = nameRun(state, s, n0);
      if (n1 === n0) n1 = cityAsFirstName(state, s, n0);
      // "The Director of Public Prosecutions said": past a portfolio, one word is the portfolio's own, not a name.
      if (n1 === n0 || (n0 > m.end && n1 - n0 < 2) || state.claimed(s, n0, n1) || bodyNameGoesOn(state, s, n1)) continue;
      const { start, affiliation } = prefixOf(state, s, i);
      const role = m.values[0]!.role || undefined;
      if (addPerson(state, s, start, n0, n1, RULE, { role, affiliation })) {
        const e = state.entity(state.mentionAt(s, start)!.key)!;
        if (m.values[0]!.government) e.government = true;
        if (state.tracing) state.note(s.index, RULE, `person "${state.surface(s, n0, n1)}" after title "${state.surface(s, i, n0)}"${affiliation ? ` of ${state.entity(affiliation)?.name ?? affiliation}` : ""}`);
        i = n1 - 1;
      }
    }
  }
};

/** Some titles stand before a name only in lowercase ("nurse Ana Ode"), or where the sentence opens. */
function caseOfTitleFits(h: TitleHit, a: number, _end: number, toks: Token[]): boolean {
  return !h.lowercase || !toks[a]!.cap || a === 0;
}

/**
 * "the General Dockers' Union", "General Motors": the title and name are words of a body's name,
 * which goes on past a possessive mark to a head word (nameRun stops before a head word itself).
 */
function bodyNameGoesOn(state: SummarizeState, s: Sentence, t1: number): boolean {
  const toks = s.tokens;
  const next = toks[t1]?.text === "'" || toks[t1]?.low === "'s" ? t1 + 1 : t1;
  return isOrgHead(state, toks[next]);
}

/**
 * Past "for" or "of" and a portfolio in capitals ("for Enterprise", "for Climate Crisis and Civil
 * Protection", "for Urban Ecology"), where the name after the title begins; undefined when none stands there.
 */
function portfolioAfter(state: SummarizeState, toks: readonly Token[], j: number): number | undefined {
  const low = toks[j]?.low;
  if (low !== "for" && low !== "of") return undefined;
  const { portfolios } = state.lex.words;
  let k = j + 1;
  let end: number | undefined;
  while (k < toks.length) {
    if (isPortfolio(portfolios, toks[k])) end = ++k;
    else if (end !== undefined && (toks[k]!.low === "and" || toks[k]!.text === "&") && isPortfolio(portfolios, toks[k + 1])) k++;
    else break;
  }
  return end;
}

function isPortfolio(portfolios: Set<string>, t: Token | undefined): boolean {
  return !!t?.cap && portfolios.has(t.low);
}

/** Past a second capitalised title with a name of two words or more after it ("Justice Ana Ode"), where that name begins. */
function titleAfter(state: SummarizeState, s: Sentence, j: number): number | undefined {
  const t = s.tokens[j];
  if (!t?.cap || !(t.flags & (WordFlag.TITLE | WordFlag.HONORIFIC))) return undefined;
  const end = titleAt(state, s.tokens, j)?.end ?? (state.lex.honorifics.has(t.low) ? j + 1 : undefined);
  return end !== undefined && nameRun(state, s, end) - end >= 2 ? end : undefined;
}

/** Where the sentence's last name word stands, or -1: the one ending its last run of name words. */
function lastNameWord(s: Sentence): number {
  return s.nameRuns.length > 0 ? s.nameRuns[s.nameRuns.length - 1]! - 1 : -1;
}

/** Modifiers and a country or body before the title: "former U.S.", "Kremlin", "Ukraine's". */
function prefixOf(state: SummarizeState, s: Sentence, i: number): { start: number; affiliation?: string } {
  const toks = s.tokens;
  let p = i;
  let affiliation: string | undefined;
  for (;;) {
    p = pastModifiers(state, s, p);
    if (affiliation) break;
    const d = ownerEndingAt(state, s, tokenAt(toks, p - 1)?.low === "'s" ? p - 1 : p);
    if (!d) break;
    affiliation = d.hit.key;
    p = d.t0;
  }
  // "the union leader Ana Ode": the article belongs to the mention, not to what precedes it.
  if (ARTICLES.has(tokenAt(toks, p - 1)?.low ?? "")) p--;
  return { start: p, affiliation: affiliation ?? apposedOwner(state, s, p) };
}

/**
 * "Kinshasa's chief negotiator, Deputy Foreign Minister Ana Ode": the country or body owning
 * the role the titled name stands in apposition to, when a comma ends that role right before p.
 */
function apposedOwner(state: SummarizeState, s: Sentence, p: number): string | undefined {
  const toks = s.tokens;
  if (tokenAt(toks, p - 1)?.text !== ",") return undefined;
  for (let k = p - 2; k >= 0 && p - 1 - k <= ROLE_REACH; k--) {
    if (!toks[k]!.word) return undefined;
    if (titleAt(state, toks, k)?.end !== p - 1) continue;
    const q = pastModifiers(state, s, k);
    return tokenAt(toks, q - 1)?.low === "'s" ? ownerEndingAt(state, s, q - 1)?.hit.key : undefined;
  }
  return undefined;
}

/** Back from p over title modifiers ("former", "deputy") that are no part of a dictionary name. */
function pastModifiers(state: SummarizeState, s: Sentence, p: number): number {
  while (p > 0 && state.lex.titleModifiers.has(s.tokens[p - 1]!.low) && !dictAt(state, s, p - 1)) p--;
  return p;
}

/** The country or body (not a group) whose dictionary name ends right before token q, made known. */
function ownerEndingAt(state: SummarizeState, s: Sentence, q: number): DictSpan | undefined {
  const d = dictEndingAt(state, s, q);
  if (!d || d.hit.role === "group") return undefined;
  ensureKnown(state, d.hit.key, d.info);
  return d;
}

export default find_titled_people;
