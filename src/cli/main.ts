// Entry point of the daybrief command: parse the command line, run one
// command, and map failures to the contract's exit codes
// (0 success, 1 some input rejected, 2 usage or configuration error).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigError } from "../config.ts";
import { LockedError } from "../pipeline/lock.ts";
import { COMMANDS, type Command } from "./commands/index.ts";
import { UsageError } from "./errors.ts";
import { usage } from "./usage.ts";

export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

function parse(command: Command, argv: string[]) {
  const config: ParseArgsConfig = { args: argv, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true };
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version") {
    process.stdout.write("daybrief 0.1.0\n");
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command: ${name}`);
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      process.stdout.write(command.help + "\n");
      return EXIT.ok;
    }
    return await command.run(values as Record<string, string | boolean | undefined>, positionals);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof LockedError) {
      process.stderr.write(`daybrief: ${e.message}\n`);
      if (e instanceof UsageError) process.stderr.write(`Run 'daybrief ${command ? name + " " : ""}--help' for usage.\n`);
      return EXIT.usage;
    }
    // Anything else stopped the run before it could publish: say what, and
    // keep exit status 1 for its one meaning (some input was rejected).
    const err = e as Error;
    process.stderr.write(`daybrief: ${err.message}\n`);
    if (process.env.DAYBRIEF_DEBUG) process.stderr.write(`${err.stack}\n`);
    return EXIT.usage;
  }
}
