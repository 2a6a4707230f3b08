// What the last fetch learnt of each feed (ETag, Last-Modified), kept beside the store so the
// next run can ask "changed since?". Written atomically; an unreadable file means starting afresh.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../atomic.ts";

export const STATE_FILE = ".fetch-state.json";

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** When the feed last answered (ISO 8601). */
  checked?: string;
}

export interface FetchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

export const emptyState = (): FetchState => ({ version: 1, feeds: {} });

export async function loadState(store: string): Promise<{ state: FetchState; problem: string | null }> {
  const file = join(store, STATE_FILE);
  let json: string;
  try {
    json = await readFile(file, "utf8");
  } catch {
    return { state: emptyState(), problem: null };
  }
  try {
    const raw = JSON.parse(json) as FetchState;
    if (raw?.version !== 1 || typeof raw.feeds !== "object" || raw.feeds === null) throw new Error("unexpected shape");
    return { state: raw, problem: null };
  } catch (e) {
    return { state: emptyState(), problem: `ignored, not a fetch state file (${(e as Error).message}); every feed is fetched in full` };
  }
}

export async function saveState(store: string, state: FetchState): Promise<void> {
  await writeFileAtomic(join(store, STATE_FILE), JSON.stringify(state, null, 2) + "\n");
}
