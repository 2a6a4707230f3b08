#!/usr/bin/env node
// The daybrief command: TypeScript sources run through tsx's loader, so the
// checkout needs no build step before use.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
