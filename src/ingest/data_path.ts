// Where ingest's own knowledge files live.
import { fileURLToPath } from "node:url";

export const dataPath = (name: string): string => fileURLToPath(new URL(`./data/${name}`, import.meta.url));
