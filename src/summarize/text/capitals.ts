// Where a name may start among a sentence's capitalised tokens (Sentence.caps, listed when it is split).

/**
 * The position in `caps` of the first index at or after token `t` (caps.length when none is);
 * `from`: a position whose index and all before it are known to stand before t.
 */
export function firstCapitalFrom(caps: number[], t: number, from = 0): number {
  let c = from;
  while (c < caps.length && caps[c]! < t) c++;
  return c;
}
