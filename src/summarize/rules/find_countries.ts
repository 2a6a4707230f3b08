// find_countries: countries by name, alias, capital or seat, and demonyms with
// a government noun; a capital after "in"/"at" is a place, not an actor. States and
// provinces of regions.json are found the same way ("Bavaria said", "Bavarian officials").
//   "Moscow insisted on ..." -> Russia (actor, capital as metonym)
//   "Sorin told reporters in Moscow" -> Moscow is a place
//   "Russian officials assert ..." -> Russia (actor, plural)
//   "the Americans left the talks" -> United States
//   "Russian troops" -> a known adjective, no actor
//   "Polish farmers" -> the group Polish farmers
//   "the Washington Post" -> nothing here (part of a longer name)
import { ensureGroup, groupKey } from "../text/people.ts";
import { ARTICLES } from "../text/subject.ts";
import type { Rule } from "../rule.ts";
import type { Sentence, SummarizeState } from "../state.ts";
import { type DictSpan, dictAt, dictSpans, isNameWord } from "../text/names.ts";
import { asPlace, ensureKnown } from "../text/known.ts";
import { capitalRun } from "../text/orgs.ts";
import { tokenAt } from "../text/at.ts";

const RULE = "find_countries";

const find_countries: Rule = (state) => {
  for (const s of state.sentences) {
    if (s.skip) continue;
    for (const d of dictSpans(state, s)) {
      const info = d.info;
      // A state or province ("Bavaria", "Bavarian officials") is found as a country is.
      if ((info?.kind !== "country" && info?.kind !== "government") || state.claimed(s, d.t0, d.t1)) continue;
      placeSpan(state, s, d, info.ambiguous);
    }
  }
};

function placeSpan(state: SummarizeState, s: Sentence, d: DictSpan, ambiguous: boolean): void {
  const { words } = state.lex;
  const toks = s.tokens;
  const next = toks[d.t1];
  const key = d.hit.key;
  ensureKnown(state, d.hit.key, d.info);
  if (d.hit.role === "demonym") {
    const found = governmentAfter(state, s, d.t1);
    // "Sicilian prosecutors", "Catalan leaders": a state's people of office may serve the country or a party; only its own government is the state.
    const g = found && d.info?.kind === "government" && !words.regionalGovernmentNouns.has(toks[found.end - 1]!.low) ? null : found;
    const t0 = tokenAt(toks, d.t0 - 1)?.low === "the" ? d.t0 - 1 : d.t0;
    // "Polish farmers", "French truckers": a group of the country's people acting as one.
    const people = g ? null : words.socialGroups.match(toks, d.t1);
    if (people && !toks[d.t1]!.cap) {
      const name = `${state.surface(s, d.t0, d.t1)} ${state.surface(s, d.t1, people.end).toLowerCase()}`;
      const gkey = groupKey(name);
      ensureGroup(state, gkey, name);
      state.addMention(s, { t0: d.t0, t1: people.end, key: gkey, role: "actor", rule: RULE, plural: true });
      if (state.tracing) state.note(s.index, RULE, `"${name}" -> a group of ${state.entity(key)?.name}'s people`);
      return;
    }
    if (g) {
      state.addMention(s, { t0, t1: g.end, key, role: "actor", rule: RULE, plural: manyOf(toks, g.end) });
      if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t0, g.end)}" -> ${state.entity(key)?.name} (demonym + government noun)`);
    } else state.addMention(s, { t0: d.t0, t1: d.t1, key, role: "known", rule: RULE, plural: false });
    return;
  }
  // Part of a longer name ("Washington Post", "Georgia Meloni"): leave it to the rules for those;
  // "the U.S. Embassy" is the country itself.
  if (!s.titleCase && next && next.cap && isNameWord(state, next) && dictAt(state, s, d.t1)?.t0 !== d.t1 && !words.governmentNouns.match(toks, d.t1)) return;
  // "Joe Montana", "Sierra Nevada": a state's name after a capitalised word ends someone's or something's name.
  if (ambiguous && (tokenAt(toks, d.t0 - 1)?.cap && d.t0 > 0)) return;
  if (d.info?.kind === "government" && d.t0 > 0 && isNameWord(state, toks[d.t0 - 1])) return;
  const prev = tokenAt(toks, d.t0 - 1)?.low ?? "";
  const metonym = d.hit.role === "capital" || d.hit.role === "seat";
  const place = asPlace(s, d.t0, d.t1, metonym);
  // "officials in Tashkent say": the country's officials, speaking from its capital.
  const officials = place && metonym && prev === "in" && d.t0 >= 2 ? words.governmentNouns.match(toks, d.t0 - 2) : null;
  // A capitalised government noun only where the sentence opens ("Officials in Santiago said"); elsewhere it may begin a name.
  if (officials && officials.end === d.t0 - 1 && (!toks[d.t0 - 2]!.cap || d.t0 - 2 === s.dateline) && state.addMention(s, { t0: d.t0 - 2, t1: d.t1, key, role: "actor", rule: RULE, plural: true })) {
    if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, d.t0 - 2, d.t1)}" -> ${state.entity(key)?.name} (government noun + in + capital)`);
    return;
  }
  const role = place ? "place" : "actor";
  let plural = d.t1 - d.t0 === 2 && toks[d.t0]!.low === "the" && toks[d.t1 - 1]!.low.endsWith("s");
  // "U.S. officials", "China's government": the country speaking through its officials.
  // "Astana's energy ministry": past the words of a department too.
  const g = place ? null : governmentAfter(state, s, toks[d.t1]?.low === "'s" ? d.t1 + 1 : d.t1);
  const t1 = g ? g.end : d.t1;
  if (g) plural = manyOf(toks, g.end);
  state.addMention(s, { t0: d.t0, t1, key, role, rule: RULE, plural });
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, d.t0, t1)}" -> ${state.entity(key)?.name} (${d.hit.role}${g ? " + government noun" : ""}${place ? `, a place after "${prev}"` : ""})`);
  if (place && metonym) voiceFromCapital(state, s, d.t0, d.t1, key);
}

/**
 * "In Moscow, a foreign ministry spokeswoman said", "In Beijing, officials said": a sentence that opens
 * in a capital lets the officials it names next speak for that country.
 */
function voiceFromCapital(state: SummarizeState, s: Sentence, t0: number, t1: number, key: string): void {
  const toks = s.tokens;
  if (t0 !== s.dateline + 1 || toks[t0 - 1]!.low !== "in" || toks[t1]?.text !== ",") return;
  const at = ARTICLES.has(toks[t1 + 1]?.low ?? "") ? t1 + 2 : t1 + 1;
  const g = governmentAfter(state, s, at);
  if (!g || !state.addMention(s, { t0: t1 + 1, t1: g.end, key, role: "actor", rule: RULE, plural: manyOf(toks, g.end) })) return;
  if (state.tracing) state.note(s.index, RULE, `"${state.surface(s, t1 + 1, g.end)}" -> ${state.entity(key)?.name} (officials, in its capital)`);
}


/** "officials", "authorities", "people" speak as many; "the embassy", "the ministry" as one ("it said"). */
function manyOf(toks: Sentence["tokens"], end: number): boolean {
  const low = toks[end - 1]?.low ?? "";
  return low.endsWith("s") || low === "people";
}

/** A government noun at j, past up to two words of a department: "officials", "energy ministry official". */
function governmentAfter(state: SummarizeState, s: Sentence, j: number) {
  const toks = s.tokens;
  const { governmentNouns, portfolios } = state.lex.words;
  let best = governmentNouns.match(toks, j);
  // The longest reading: "energy ministry official", not "energy ministry".
  for (let k = j; k < j + 3 && toks[k] && !toks[k]!.cap && portfolios.has(toks[k]!.low); k++) {
    const g = governmentNouns.match(toks, k + 1);
    if (g && (!best || g.end > best.end)) best = g;
  }
  if (!best) return null;
  // "the U.S. State Department spokesman", "the foreign ministry official": one who speaks for the department.
  const voice = governmentNouns.match(toks, best.end);
  if (voice && !toks[best.end]!.cap) best = { ...best, end: voice.end };
  if (titleOfName(state, s, best.end)) return null;
  // "Britain's Ministry of Defence": the department's own name runs on.
  if (toks[best.end]?.low === "of" && toks[j]!.cap) {
    const end = capitalRun(state, s, best.end + 1);
    if (end > best.end + 1) return { ...best, end };
  }
  return best;
}

/** "Serbia's negotiator, Đorđe Ristanović,", "Serbian minister Ana Ode": a role before a person's name, not the country. */
function titleOfName(state: SummarizeState, s: Sentence, end: number): boolean {
  const toks = s.tokens;
  const at = toks[end]?.text === "," ? end + 1 : end;
  return isNameWord(state, toks[at]) && isNameWord(state, toks[at + 1]);
}

export default find_countries;
