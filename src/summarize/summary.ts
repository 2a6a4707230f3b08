// The state after both chains, as the Summary the rest of Daybrief reads.
import type { Draft, Entity, SummarizeState } from "./state.ts";
import type { Actor, KeyPoint, Summary } from "./types.ts";

export function buildSummary(state: SummarizeState): Summary {
  const points: KeyPoint[] = [];
  for (const d of state.drafts) if (!d.dropped) points.push(toPoint(state, d));
  const keys = state.listed ?? [...state.entities.keys()].filter((k) => hasMention(state, k));
  const seen = new Set<string>();
  const actors: Actor[] = [];
  for (const key of keys) {
    const e = state.entity(key);
    if (!e || seen.has(e.key)) continue;
    seen.add(e.key);
    actors.push(toActor(e));
  }
  return { articleId: state.article.id, actors, points, unplaced: state.unplaced };
}

function hasMention(state: SummarizeState, key: string): boolean {
  return state.sentences.some((s) => s.mentions.some((m) => m.role === "actor" && state.resolve(m.key) === key));
}

/** The name an actor is shown by: the one the post chain chose, else its first; the key itself when no actor has it. */
export function nameOf(state: SummarizeState, key: string): string {
  const e = state.entity(key);
  return e ? shownName(e) : key;
}

function shownName(e: Entity): string {
  return e.canonical ?? e.name;
}

function toActor(e: Entity): Actor {
  return { name: shownName(e), kind: e.kind, aliases: aliasesOf(e) };
}

/** The forms (a Map's keys, each once already), then the descriptors not among them, each once. */
function aliasesOf(e: Entity): string[] {
  const aliases = [...e.forms.keys()];
  if (!e.descriptors?.length) return aliases;
  const added = new Set<string>();
  for (const x of e.descriptors) {
    if (e.forms.has(x) || added.has(x)) continue;
    added.add(x);
    aliases.push(x);
  }
  return aliases;
}

function toPoint(state: SummarizeState, d: Draft): KeyPoint {
  const s = state.sentence(d.sent)!;
  const point: KeyPoint = {
    kind: d.kind,
    actor: nameOf(state, d.actor),
    target: d.targets.length ? nameOf(state, d.targets[0]!) : null,
    text: d.text,
    sentence: s.text,
    start: s.start,
    end: s.end,
    rule: d.rule,
    article: state.article.id,
  };
  if (s.index === -1) point.inTitle = true;
  if (d.targets.length > 1) point.targets = d.targets.map((k) => nameOf(state, k));
  return point;
}
