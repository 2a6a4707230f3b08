// Reading a token by index when the index may fall before the sentence.
import type { Token } from "./tokens.ts";

/**
 * toks[k], or undefined when k is negative: the same answer as toks[k], without asking the
 * array for a property named "-1" (a lookup by name that costs far more than a read by index).
 */
export function tokenAt(toks: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? toks[k] : undefined;
}
