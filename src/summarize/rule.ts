// The shape of a rule: a function of the shared state, named in a chain table.
import type { SummarizeState } from "./state.ts";

export type Rule = (state: SummarizeState) => void;
