// Where a name may start among a sentence's capitalised tokens (Sentence.caps, listed when it is split).

/** The position in `caps` of the first index at or after token `t` (caps.length when none is). */
export function firstCapitalFrom(caps: number[], t: number): number {
  let c = 0;
  while (c < caps.length && caps[c]! < t) c++;
  return c;
}
