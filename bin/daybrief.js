#!/usr/bin/env -S node --max-semi-space-size=64
// The daybrief command: TypeScript sources run through tsx's loader, so the
// checkout needs no build step before use.
import { register } from "tsx/esm/api";

register();
// Summarizing keeps a batch of articles' states alive and then drops them at once: V8 is told not
// to take them for long-lived, and (on the first line, or by whoever runs this file with node) to
// give its young generation room for them (see src/summarize/young_states.ts).
const { keepStatesYoung } = await import("../src/summarize/young_states.ts");
keepStatesYoung();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
