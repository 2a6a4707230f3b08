// The shape every subcommand shares, and the helpers they all use.
import type { ParseArgsConfig } from "node:util";
import { loadConfig, type DaybriefConfig } from "../../config.ts";

export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Values, positionals: string[]): Promise<number>;
}

export const STORE_OPTIONS = {
  input: { type: "string" },
  output: { type: "string" },
} as const;

/** The configuration of the project in the working folder, with command-line overrides. */
export function configFrom(values: Values): DaybriefConfig {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  return loadConfig(process.cwd(), { input: str("input"), output: str("output"), briefings: str("briefings") });
}

/** Name each rejected input on stderr, one line each. */
export function reportRejected(rejected: { file: string; message: string }[]): void {
  for (const r of rejected) process.stderr.write(`daybrief: ${r.file}: ${r.message}\n`);
}
