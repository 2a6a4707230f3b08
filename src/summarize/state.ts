// What the rules share while one article is summarized: sentences with their
// tokens, mentions of actors and places, the actors themselves, and draft
// points. Rules read and write it in chain order; nothing here decides.
import type { Article } from "../ingest/article.ts";
import type { CueHit, Lexicon } from "./lexicon/types.ts";
import type { Token } from "./text/tokens.ts";
import type { DictSpan } from "./text/names.ts";
import type { VerbSpan } from "./text/verbs.ts";
import type { ActorKind, PointKind } from "./types.ts";

export interface Sentence {
  /** Position in the article; the title is -1. */
  index: number;
  text: string;
  /** Offsets in the body (in the title for index -1). */
  start: number;
  end: number;
  tokens: Token[];
  /** Where token k stands: offsets[2k] and offsets[2k + 1], its start and end in the body (in the title for index -1). */
  offsets: number[];
  paragraph: number;
  /** A line without final punctuation: headline, caption, heading. */
  headline: boolean;
  /** Most words capitalised (a Title Case headline): capitals say nothing about names there. */
  titleCase: boolean;
  /** Every WordFlag bit of its tokens: a rule that needs a kind of word skips a sentence without one. */
  flags: number;
  /** The indices of its capitalised tokens, in order: a name starts only at one. */
  caps: number[];
  /** Its runs of name words side by side (NAME_WORD bit), as [start, end) token pairs one after the other. */
  nameRuns: number[];
  /** The sentence begins inside a quotation opened in an earlier sentence of the paragraph. */
  quoteOpen: boolean;
  /** The first token that may open a quotation (" or “), or the token count when none does. */
  firstQuoteMark: number;
  /** Tokens of a dateline the sentence opens with ("BONN, Germany —"): places, never actors. */
  dateline: number;
  /** Why the sentence never makes points (boilerplate), or null. */
  skip: string | null;
  mentions: Mention[];
  /** Computed once by the text helpers that own them: dictionary names, reporting verbs, quoted tokens. */
  dictCache: readonly DictSpan[] | undefined;
  verbCache: readonly VerbSpan[] | undefined;
  quoteCache: Uint8Array | undefined;
  /** Token -> the mention covering it, built on first use and kept up to date as mentions change. */
  mentionIndex?: (Mention | undefined)[];
}

/** An actor; a place (a capital named as where something happens); or a known thing that is neither (a demonym used as adjective). */
export type MentionRole = "actor" | "place" | "known";

export interface Mention {
  t0: number;
  t1: number;
  key: string;
  role: MentionRole;
  rule: string;
  /** Speaks of many ("Western leaders", "they"): what "they" may point back to. */
  plural: boolean;
  /** A pronoun or descriptor resolved to an actor, not a name. */
  anaphor?: boolean;
  /** Keep out of the actor's aliases (pronouns). */
  silent?: boolean;
  /** Where the name itself begins, after a title ("Foreign Minister | Ivan Sorin"). */
  nameT0?: number;
}

export interface Entity {
  key: string;
  kind: ActorKind;
  /** Dictionary name, or the first form seen. */
  name: string;
  fromDictionary: boolean;
  /** Name chosen by the post chain; `name` until then. */
  canonical?: string;
  /** Surface forms with how often each was seen, in order of first appearance. */
  forms: Map<string, number>;
  /** Country or organisation a person acts for ("Russian Foreign Minister X"). */
  affiliation?: string;
  /** Descriptions that point at the actor ("the union's president"), kept as aliases. */
  descriptors?: string[];
  /** Role of a titled person ("foreign minister"). */
  role?: string;
  /** The role acts for a country. */
  government?: boolean;
}

/** Someone saying something: who, by which words, and over which tokens. */
export interface Frame {
  sent: number;
  actor: string;
  /** Further actors of a shared subject ("Saudi Arabia and the United States called on ..."). */
  also?: string[];
  /** Subject tokens (may be empty for a shared or continued subject). */
  s0: number;
  s1: number;
  /** The reporting words: verb, stance adjective or noun. */
  v0: number;
  v1: number;
  kind: PointKind;
  objectTo: boolean;
  /** The verb's own aim when followed by "to do" ("wants to meet"). */
  selfTo?: boolean;
  /** Tokens the statement covers. */
  c0: number;
  c1: number;
  rule: string;
  how: string;
}

export interface Draft {
  sent: number;
  actor: string;
  kind: PointKind;
  targets: string[];
  /** Token range of the clause the point covers. */
  from: number;
  to: number;
  /** The frame the point comes from: its reporting words decide the kind when no cue does. */
  frame: Frame;
  rule: string;
  text: string;
  why: string[];
  /** The words that made it a demand (or another kind), when a cue did. */
  cue?: { t0: number; t1: number; hit: CueHit };
  /** Made by splitting a compound demand: not to be merged back. */
  split?: boolean;
  dropped?: string;
}

/**
 * A copy of a draft with some fields changed, built with every field in the one order the drafts
 * of assign_clauses have: drafts then share one object shape, and the rules that read them at
 * every step stay on the fast path.
 */
export function draftLike(d: Draft, changes: Partial<Draft>): Draft {
  const x = { ...d, ...changes };
  return { sent: x.sent, actor: x.actor, kind: x.kind, targets: x.targets, from: x.from, to: x.to, frame: x.frame, rule: x.rule, text: x.text, why: x.why, cue: x.cue, split: x.split, dropped: x.dropped };
}

export interface TraceLine {
  /** Sentence index (-1 the title), or null for the article as a whole. */
  sent: number | null;
  rule: string;
  message: string;
}

export class SummarizeState {
  readonly sentences: Sentence[] = [];
  readonly entities = new Map<string, Entity>();
  readonly #redirect = new Map<string, string>();
  frames: Frame[] = [];
  drafts: Draft[] = [];
  unplaced: string[] = [];
  /** Actors the summary lists; null until a post rule chooses (then every actor with a mention). */
  listed: string[] | null = null;
  readonly trace: TraceLine[] = [];

  constructor(
    readonly article: Article,
    readonly lex: Lexicon,
    readonly tracing = false,
  ) {}

  /** The sentence by its index (-1 is the title). */
  sentence(index: number): Sentence | undefined {
    const first = this.sentences[0];
    const k = first && first.index === -1 ? index + 1 : index;
    return k >= 0 ? this.sentences[k] : undefined;
  }

  /** Callers build the message only when tracing: `if (state.tracing) state.note(...)`. */
  note(sent: number | null, rule: string, message: string): void {
    if (this.tracing) this.trace.push({ sent, rule, message });
  }

  resolve(key: string): string {
    if (this.#redirect.size === 0) return key;
    let k = key;
    for (let next = this.#redirect.get(k); next; next = this.#redirect.get(k)) k = next;
    return k;
  }

  /** Fold `from` into `into`: one real actor under two keys. */
  merge(from: string, into: string): void {
    const a = this.resolve(from), b = this.resolve(into);
    if (a === b) return;
    const ea = this.entities.get(a), eb = this.entities.get(b);
    if (ea && eb) {
      for (const [f, n] of ea.forms) eb.forms.set(f, (eb.forms.get(f) ?? 0) + n);
      eb.affiliation ??= ea.affiliation;
      if (ea.descriptors) (eb.descriptors ??= []).push(...ea.descriptors);
      eb.role ??= ea.role;
    }
    this.entities.delete(a);
    this.#redirect.set(a, b);
  }

  entity(key: string): Entity | undefined {
    // A key that names an entity is never redirected: merge removes the entity whose key it redirects,
    // and ensure() files new entities under resolved keys only.
    const e = this.entities.get(key);
    if (e !== undefined || this.#redirect.size === 0) return e;
    return this.entities.get(this.resolve(key));
  }

  /** The entity under `key`, created with `kind` and `name` when new (under the resolved key, which entity() relies on). */
  ensure(key: string, kind: ActorKind, name: string, fromDictionary: boolean): Entity {
    const k = this.resolve(key);
    let e = this.entities.get(k);
    if (!e) this.entities.set(k, (e = { key: k, kind, name, fromDictionary, canonical: undefined, forms: new Map(), affiliation: undefined, descriptors: undefined, role: undefined, government: undefined }));
    return e;
  }

  /** Is any token of [t0, t1) already part of a mention? */
  claimed(s: Sentence, t0: number, t1: number): boolean {
    if (s.mentions.length === 0) return false;
    const idx = this.#index(s);
    for (let t = t0; t < t1; t++) if (idx[t]) return true;
    return false;
  }

  mentionAt(s: Sentence, t: number): Mention | undefined {
    // A token before the sentence has none; asked by index, the list would look up a property named "-1".
    if (s.mentions.length === 0 || t < 0) return undefined;
    return (s.mentionIndex ?? this.#index(s))[t];
  }

  /** The mention that starts at token t, of any role. */
  mentionStartingAt(s: Sentence, t: number): Mention | undefined {
    const m = this.mentionAt(s, t);
    return m && m.t0 === t ? m : undefined;
  }

  /** The mention at t, or right after a "the" there ("urged | the union to", "a spokesperson for | the council"). */
  mentionPastThe(s: Sentence, t: number): Mention | undefined {
    return this.mentionAt(s, t) ?? (s.tokens[t]?.low === "the" ? this.mentionAt(s, t + 1) : undefined);
  }

  /** The mention with `role` that ends just before token t ("Russia | 's", "Italian | consumer group"). */
  mentionEndingAt(s: Sentence, t: number, role: MentionRole = "actor"): Mention | undefined {
    const m = this.mentionAt(s, t - 1);
    return m && m.t1 === t && m.role === role ? m : undefined;
  }

  #index(s: Sentence): (Mention | undefined)[] {
    if (s.mentionIndex) return s.mentionIndex;
    const idx: (Mention | undefined)[] = new Array(s.tokens.length).fill(undefined);
    for (const m of s.mentions) for (let t = m.t0; t < m.t1; t++) idx[t] = m;
    return (s.mentionIndex = idx);
  }

  /** Keep a built index in step with one mention: covering [t0, t1), or leaving it. */
  #mark(s: Sentence, m: Mention, on: boolean): void {
    const idx = s.mentionIndex;
    if (!idx) return;
    for (let t = m.t0; t < m.t1; t++) if (on) idx[t] = m;
    else if (idx[t] === m) idx[t] = undefined;
  }

  /** Record a mention and the surface form it adds to its actor; refuses overlaps and mentions of no token. */
  addMention(s: Sentence, given: Mention): boolean {
    // Every mention covers a token and no two share one, so the index answers at most one mention for a token.
    if (given.t1 <= given.t0 || this.claimed(s, given.t0, given.t1)) return false;
    // "JACAREACANGA, Brazil, April 12 (Equatorial News Agency) -": a dateline names places and its outlet, never an actor.
    if (given.role === "actor" && given.t1 <= s.dateline) return false;
    // One object shape for every mention keeps property access monomorphic.
    const m: Mention = {
      t0: given.t0, t1: given.t1, key: given.key, role: given.role, rule: given.rule, plural: given.plural,
      anaphor: given.anaphor ?? false, silent: given.silent ?? false, nameT0: given.nameT0,
    };
    const list = s.mentions;
    let i = list.length;
    while (i > 0 && list[i - 1]!.t0 > m.t0) i--;
    if (i === list.length) list.push(m);
    else list.splice(i, 0, m);
    this.#mark(s, m, true);
    if (m.role === "actor" && !m.silent) {
      const e = this.entity(m.key);
      const surface = this.surface(s, m.nameT0 ?? m.t0, m.t1);
      // A description ("Tokyo's top diplomat") is an alias but never a candidate canonical name.
      if (e && m.anaphor) (e.descriptors ??= []).push(surface);
      else if (e) e.forms.set(surface, (e.forms.get(surface) ?? 0) + 1);
    }
    return true;
  }

  removeMention(s: Sentence, m: Mention): void {
    const i = s.mentions.indexOf(m);
    if (i < 0) return;
    // The surface form stays among the actor's forms: it was seen, whatever replaces the mention.
    s.mentions.splice(i, 1);
    this.#mark(s, m, false);
  }

  /** Stretch a mention over [t0, t1) ("the bloc" -> "the bloc's 27 member states"). */
  widenMention(s: Sentence, m: Mention, t0: number, t1: number): boolean {
    for (const o of s.mentions) if (o !== m && o.t0 < t1 && t0 < o.t1) return false;
    const e = m.role === "actor" && !m.silent ? this.entity(m.key) : undefined;
    this.#mark(s, m, false);
    m.t0 = t0;
    m.t1 = t1;
    m.nameT0 = undefined;
    this.#mark(s, m, true);
    if (e) (e.descriptors ??= []).push(this.surface(s, t0, t1));
    s.mentions.sort((a, b) => a.t0 - b.t0);
    return true;
  }

  surface(s: Sentence, t0: number, t1: number): string {
    if (t0 < 0 || t1 > s.tokens.length || t0 >= t1) return "";
    // One token reads as its spelling, the vocabulary's shared string: no new string for it, and
    // its hash already kept for the Maps that count an actor's forms by their text.
    if (t1 === t0 + 1) return s.tokens[t0]!.text;
    // Token offsets count from where the sentence's text starts in its body (or title, at 0).
    return s.text.slice(s.offsets[2 * t0]! - s.start, s.offsets[2 * t1 - 1]! - s.start);
  }
}
