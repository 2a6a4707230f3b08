// npm run bench: every benchmark, one report. Speed targets live here, never
// in the tests, since timings depend on the machine.
import { benchCluster } from "./cluster.ts";

type Bench = [name: string, load: () => Promise<() => Promise<string[]>>];

const BENCHES: Bench[] = [
  ["summarizer", async () => (await import("./summarize.ts")).benchSummarize],
  ["story grouping", async () => benchCluster],
];

for (const [name, load] of BENCHES) {
  console.log(`# ${name}`);
  try {
    for (const line of await (await load())()) console.log(line);
  } catch (e) {
    console.log(`(not run: ${(e as Error).message})`);
    process.exitCode = 1;
  }
  console.log("");
}
