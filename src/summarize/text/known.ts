// Dictionary entities entering the state the first time an article names them.
import type { SummarizeState } from "../state.ts";

export function ensureKnown(state: SummarizeState, key: string): void {
  const info = state.lex.entities.get(key);
  if (info) state.ensure(key, info.kind, info.name, true);
}
