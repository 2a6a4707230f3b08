// One line per digested day, on stderr so stdout stays free for data.
import type { DayOutcome } from "../pipeline/digest.ts";

export function reportDays(outcomes: DayOutcome[]): void {
  for (const o of outcomes) {
    const what = o.status === "empty" ? "no articles" : `${o.stories} ${o.stories === 1 ? "story" : "stories"}, ${o.status}`;
    process.stderr.write(`daybrief: ${o.date}: ${what}\n`);
  }
}
