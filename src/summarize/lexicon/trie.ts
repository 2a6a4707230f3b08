// Phrases keyed by their lowercase tokens, looked up from a token position:
// one Map probe per token, longest phrase wins.
import type { Token } from "../text/tokens.ts";

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Token index just past the phrase. */
  end: number;
  values: T[];
}

export class PhraseTrie<T> {
  #root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.#root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map(), values: [] }));
      node = n;
    }
    node.values.push(value);
    this.size++;
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.#root.next.keys();
  }

  /** Is there any phrase starting with this word? The cheap test before a match. */
  starts(low: string): boolean {
    return this.#root.next.has(low);
  }

  /** Every phrase starting at tokens[i], longest first; `accept` may refuse a candidate. */
  matchAll(tokens: Token[], i: number, accept?: (v: T, start: number, end: number) => boolean): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    if (i < 0) return out;
    let node: Node<T> | undefined = this.#root;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.low);
      if (!node) break;
      if (node.values.length) {
        const vals = accept ? node.values.filter((v) => accept(v, i, j + 1)) : node.values;
        if (vals.length) out.push({ end: j + 1, values: vals });
      }
    }
    return out.reverse();
  }

  /** The longest accepted phrase starting at tokens[i]. */
  match(tokens: Token[], i: number, accept?: (v: T, start: number, end: number) => boolean): TrieMatch<T> | null {
    if (i < 0) return null;
    let node: Node<T> | undefined = this.#root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j]!.low);
      if (!node) break;
      if (node.values.length === 0) continue;
      if (!accept) best = { end: j + 1, values: node.values };
      else {
        const vals = node.values.filter((v) => accept(v, i, j + 1));
        if (vals.length) best = { end: j + 1, values: vals };
      }
    }
    return best;
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
