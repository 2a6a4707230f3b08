// At most `perHost` requests at a time to any one host; the rest wait their turn in order.
// A finishing request hands its slot straight to the next waiter, so a newcomer cannot slip in between.

export class HostLimiter {
  readonly #perHost: number;
  readonly #active = new Map<string, number>();
  readonly #waiting = new Map<string, (() => void)[]>();

  constructor(perHost: number) {
    this.#perHost = Math.max(1, Math.floor(perHost));
  }

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const active = this.#active.get(host) ?? 0;
    if (active < this.#perHost) this.#active.set(host, active + 1);
    else
      await new Promise<void>((resolve) => {
        const queue = this.#waiting.get(host) ?? [];
        queue.push(resolve);
        this.#waiting.set(host, queue);
      });
    try {
      return await task();
    } finally {
      const next = this.#waiting.get(host)?.shift();
      if (next) next();
      else this.#active.set(host, (this.#active.get(host) ?? 1) - 1);
    }
  }
}
