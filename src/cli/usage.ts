// The command list shown by `daybrief --help`.
import { COMMANDS } from "./commands/index.ts";

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    "Usage: daybrief <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run 'daybrief <command> --help' for a command's options.",
    "Exit status: 0 success; 1 some input was rejected (each named on stderr); 2 usage or configuration error.",
    "",
  ].join("\n");
}
