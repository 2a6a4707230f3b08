// Phrases keyed by their lowercase tokens, looked up from a token position:
// one probe per token, keyed by the word's id, longest phrase wins.
import type { Token, WordShape } from "../text/tokens.ts";

interface Node<T> {
  next: Map<string, Node<T>>;
  /** The same children by word id: a step probes with a small integer, not a string to compare. */
  byId: Map<number, Node<T>>;
  values: T[];
  /** values.length > 0 and next.size === 0, kept on the node: a step reads the node alone, not its list and map too. */
  ends: boolean;
  leaf: boolean;
}

/**
 * Every word of every trie's phrases, numbered from 1. A word no phrase holds has no id, so a
 * step at it fails without a probe. Ids are never taken back: the table grows with dictionary
 * data only.
 */
const WORD_IDS = new Map<string, number>();

function idFor(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) WORD_IDS.set(word, (id = WORD_IDS.size + 1));
  return id;
}

/** The id of a token's word (0: no phrase holds it), remembered on its shape until more words have ids. */
function idOf(shape: WordShape): number {
  const id = shape.id;
  if (id !== 0 || shape.idsSeen === WORD_IDS.size) return id;
  shape.idsSeen = WORD_IDS.size;
  return (shape.id = WORD_IDS.get(shape.low) ?? 0);
}

function newNode<T>(): Node<T> {
  return { next: new Map(), byId: new Map(), values: [], ends: false, leaf: true };
}

/** May the phrase tokens[start, end) with this value be taken? */
export type Accept<T> = (v: T, start: number, end: number, tokens: Token[]) => boolean;

export interface TrieMatch<T> {
  /** Token index just past the phrase. */
  end: number;
  values: T[];
}

export class PhraseTrie<T> {
  #root: Node<T> = newNode();
  /** The root's children by word id, in an array: every match starts with this step. */
  #first: (Node<T> | undefined)[] = [];
  size = 0;

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.#root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        node.next.set(k, (n = newNode()));
        node.leaf = false;
        const id = idFor(k);
        // The root's children are read from #first, every other node's from byId.
        if (node !== this.#root) node.byId.set(id, n);
        else {
          while (this.#first.length < id) this.#first.push(undefined);
          this.#first[id] = n;
        }
      }
      node = n;
    }
    node.values.push(value);
    node.ends = true;
    this.size++;
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.#root.next.keys();
  }

  /**
   * The longest accepted phrase starting at tokens[i]. `accept` is handed the tokens too, so a
   * caller passes a function of its module rather than a closure over them made for each call.
   */
  match(tokens: Token[], i: number, accept?: Accept<T>): TrieMatch<T> | null {
    if (i < 0) return null;
    let node: Node<T> | undefined = this.#root;
    let end = 0;
    let values: T[] | null = null;
    for (let j = i; j < tokens.length; j++) {
      const id = idOf(tokens[j]!);
      node = j === i ? this.#first[id] : id === 0 ? undefined : node.byId.get(id);
      if (!node) break;
      if (node.ends) {
        const vals = accept ? accepted(node.values, accept, i, j + 1, tokens) : node.values;
        if (vals.length) {
          end = j + 1;
          values = vals;
        }
      }
      // A phrase's last word: no longer phrase goes on from it.
      if (node.leaf) break;
    }
    // One result object for the longest phrase, not one for each shorter one on the way.
    return values ? { end, values } : null;
  }

  /** Every phrase with its values, as its keys. */
  *entries(): IterableIterator<[string[], T]> {
    const walk = function* (node: Node<T>, path: string[]): IterableIterator<[string[], T]> {
      for (const v of node.values) yield [path, v];
      for (const [k, n] of node.next) yield* walk(n, [...path, k]);
    };
    yield* walk(this.#root, []);
  }

  /** Exact lookup of a whole phrase. */
  get(keys: string[]): T[] {
    let node: Node<T> | undefined = this.#root;
    for (const k of keys) if (!(node = node.next.get(k))) return [];
    return node.values;
  }
}

/**
 * The values `accept` takes, asked of each in order as a filter would; when it takes them all
 * (the usual case) the node's own array, which no caller changes, instead of a copy.
 */
function accepted<T>(values: T[], accept: Accept<T>, start: number, end: number, tokens: Token[]): T[] {
  let k = 0;
  while (k < values.length && accept(values[k]!, start, end, tokens)) k++;
  if (k === values.length) return values;
  const out = values.slice(0, k);
  for (k++; k < values.length; k++) if (accept(values[k]!, start, end, tokens)) out.push(values[k]!);
  return out;
}
