// An ordered chain of named rules. Each chain keeps its order in one table;
// plugins and presets address rules by name, and an unknown name is an error
// rather than a silent no-op.

export interface RuleEntry<F> {
  name: string;
  fn: F;
  enabled: boolean;
}

export class Ruler<F> {
  #rules: RuleEntry<F>[] = [];
  #cache: F[] | null = null;

  #find(name: string): number {
    const i = this.#rules.findIndex((r) => r.name === name);
    if (i < 0) throw new Error(`unknown rule: ${name}`);
    return i;
  }

  #add(at: number, name: string, fn: F): void {
    if (this.#rules.some((r) => r.name === name)) throw new Error(`rule already in the chain: ${name}`);
    this.#rules.splice(at, 0, { name, fn, enabled: true });
    this.#cache = null;
  }

  push(name: string, fn: F): void {
    this.#add(this.#rules.length, name, fn);
  }

  before(anchor: string, name: string, fn: F): void {
    this.#add(this.#find(anchor), name, fn);
  }

  after(anchor: string, name: string, fn: F): void {
    this.#add(this.#find(anchor) + 1, name, fn);
  }

  /** Replace the function of an existing rule, keeping its place. */
  at(name: string, fn: F): void {
    this.#rules[this.#find(name)]!.fn = fn;
    this.#cache = null;
  }

  enable(names: string | string[]): void {
    for (const n of [names].flat()) this.#rules[this.#find(n)]!.enabled = true;
    this.#cache = null;
  }

  disable(names: string | string[]): void {
    for (const n of [names].flat()) this.#rules[this.#find(n)]!.enabled = false;
    this.#cache = null;
  }

  /** Keep only the named rules on: a preset is an allow-list. */
  enableOnly(names: string | string[]): void {
    const keep = new Set([names].flat());
    for (const n of keep) this.#find(n);
    for (const r of this.#rules) r.enabled = keep.has(r.name);
    this.#cache = null;
  }

  names(): string[] {
    return this.#rules.map((r) => r.name);
  }

  /** Enabled rules, in chain order, with their names. */
  entries(): { name: string; fn: F }[] {
    return this.#rules.filter((r) => r.enabled).map(({ name, fn }) => ({ name, fn }));
  }

  getRules(): F[] {
    return (this.#cache ??= this.#rules.filter((r) => r.enabled).map((r) => r.fn));
  }
}
