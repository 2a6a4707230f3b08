// Garbage-collector advice for a process that summarizes: V8 moves the objects of an allocation
// site that keeps surviving young collections straight into the old generation ("pretenuring").
// A batch's states survive the collections that fall within the batch and then all die together,
// so V8 reads them as long-lived, tenures the sites that make sentences and mentions, and from
// then on fills the old generation with garbage: full collections, and young collections slowed
// by the old-to-young references; long articles suffer most.
// Process-wide, so the entry points call it (bin/daybrief.js, the bench), not the library;
// it touches only where V8 places new objects, never what a program computes.
//
// The same goes for the young generation's size, which V8 reads only when the process starts:
// the entry points run node with --max-semi-space-size=64 (bin/daybrief.js on its first line,
// the npm scripts on their command lines). A batch of states then lives through fewer young
// collections (a quarter as many as at the default 16 MB; about a quarter less time collecting
// on the bench's corpus).
import { setFlagsFromString } from "node:v8";

/** Switch V8's allocation-site pretenuring off for the rest of the process. */
export function keepStatesYoung(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
}
