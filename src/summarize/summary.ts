// The state after both chains, as the Summary the rest of Daybrief reads.
import type { Draft, Entity, SummarizeState } from "./state.ts";
import type { Actor, KeyPoint, Summary } from "./types.ts";

export function buildSummary(state: SummarizeState): Summary {
  const nameOf = (key: string) => {
    const e = state.entity(key);
    return e ? (e.canonical ?? e.name) : key;
  };
  const drafts = state.drafts.filter((d) => !d.dropped);
  const points = drafts.map((d) => toPoint(state, d, nameOf));
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

function toActor(e: Entity): Actor {
  // The forms are a Map's keys, each once already: only descriptors may repeat them.
  const aliases = e.descriptors?.length ? [...new Set([...e.forms.keys(), ...e.descriptors])] : [...e.forms.keys()];
  return { name: e.canonical ?? e.name, kind: e.kind, aliases };
}

function toPoint(state: SummarizeState, d: Draft, nameOf: (k: string) => string): KeyPoint {
  const s = state.sentence(d.sent)!;
  const targets = d.targets.map(nameOf);
  const point: KeyPoint = {
    kind: d.kind,
    actor: nameOf(d.actor),
    target: targets[0] ?? null,
    text: d.text,
    sentence: s.text,
    start: s.start,
    end: s.end,
    rule: d.rule,
    article: state.article.id,
  };
  if (s.index === -1) point.inTitle = true;
  if (targets.length > 1) point.targets = targets;
  return point;
}
