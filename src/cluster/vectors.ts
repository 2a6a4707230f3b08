// TF-IDF vectors of a day's articles, with the IDF taken from the day itself:
// a word every article uses (the minister's name on a day about the minister)
// weighs almost nothing, a word two articles share weighs much.
//   weight = (1 + ln tf) * ln((N + 1) / df) * (named ? NAMED_BOOST : 1), then unit length
// Words of the article's own actors' names get no boost: a minister's name
// says who, not what happened, and actor overlap is weighed apart (see
// evidence.ts); two press conferences of one minister share the name only.
import type { Terms } from "./tokens.ts";

/** Names, dates and figures pin an event; common words only set its topic. */
export const NAMED_BOOST = 2;
/** Weight of actor-name words in place of the boost. */
export const ACTOR_WORD_WEIGHT = 1;

/** A sparse unit vector: term ids ascending, weights beside them. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface DayVectors {
  vectors: SparseVector[];
  /** Document frequency by term id. */
  df: Int32Array;
  terms: string[];
}

/** `actorWords[i]`: terms of the names and aliases of article i's actors. */
export function buildVectors(docs: Terms[], actorWords: ReadonlySet<string>[] = []): DayVectors {
  const idOf = new Map<string, number>();
  const counts = docs.map((doc) => {
    const tf = new Map<number, { n: number; named: number }>();
    doc.terms.forEach((term, k) => {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      const c = tf.get(id) ?? { n: 0, named: 0 };
      c.n++;
      if (doc.named[k]) c.named++;
      tf.set(id, c);
    });
    return tf;
  });
  const df = new Int32Array(idOf.size);
  for (const tf of counts) for (const id of tf.keys()) df[id]!++;
  const n = docs.length;
  const terms = [...idOf.keys()];
  const vectors = counts.map((tf, doc) => {
    const actors = actorWords[doc];
    const ids = Int32Array.from(tf.keys()).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      const c = tf.get(id)!;
      const boost = actors?.has(terms[id]!) ? ACTOR_WORD_WEIGHT : c.named * 2 >= c.n ? NAMED_BOOST : 1;
      const w = (1 + Math.log(c.n)) * Math.log((n + 1) / df[id]!) * boost;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
  return { vectors, df, terms };
}

/** Cosine of two unit vectors: a merge over the sorted ids. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0, j = 0, s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!, y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Sum of vectors as a map, for centroids and group averages. */
export function addInto(sum: Map<number, number>, v: SparseVector, scale = 1): void {
  for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k]!, (sum.get(v.ids[k]!) ?? 0) + scale * v.weights[k]!);
}

export function dotMap(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [id, w] of small) s += w * (large.get(id) ?? 0);
  return s;
}

export function dotVectorMap(v: SparseVector, m: ReadonlyMap<number, number>): number {
  let s = 0;
  for (let k = 0; k < v.ids.length; k++) s += v.weights[k]! * (m.get(v.ids[k]!) ?? 0);
  return s;
}
