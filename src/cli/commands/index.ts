// The command table: the order here is the order of `daybrief --help`.
import type { Command } from "./command.ts";
import { summarize } from "./summarize.ts";
import { digestCommand } from "./digest.ts";
import { build } from "./build.ts";
import { serve } from "./serve.ts";
import { fetchCommand } from "./fetch.ts";

export type { Command };

export const COMMANDS: Record<string, Command> = {
  summarize,
  digest: digestCommand,
  build,
  serve,
  fetch: fetchCommand,
};
