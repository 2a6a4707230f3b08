// Which articles make up a day. An article belongs to the day of its published
// time in the site's zone, else to its folder's day; since zones move a time
// by less than a day, only the folders either side can lend a day articles.
// A published time further from its folder than that is a filing the operator
// chose, and the folder wins.
import { DateTime } from "luxon";
import type { DaybriefConfig } from "../config.ts";
import type { Article, IngestError } from "../ingest/article.ts";
import { listStoreDays, readStoreDay } from "../ingest/index.ts";
import { ingestOptions } from "./options.ts";

export interface StoreDay {
  articles: Article[];
  /** Files of this day's folder that could not be read. */
  rejected: IngestError[];
}

const shift = (day: string, days: number) => DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate()!;

/** The day an article of folder `folder` is briefed on. */
export function briefingDay(article: Article, folder: string): string {
  const day = article.date;
  return day && (day === shift(folder, -1) || day === shift(folder, 1)) ? day : folder;
}

export class StoreDays {
  #folders: string[];
  #read = new Map<string, Promise<StoreDay>>();

  constructor(private cfg: DaybriefConfig) {
    this.#folders = listStoreDays(cfg.store);
  }

  #folder(day: string): Promise<StoreDay> {
    let read = this.#read.get(day);
    if (!read) this.#read.set(day, (read = readStoreDay(this.cfg.store, day, ingestOptions(this.cfg)).then((r) => ({ articles: r.articles, rejected: r.errors }))));
    return read;
  }

  /** Every day some article belongs to, oldest first. */
  async days(): Promise<string[]> {
    const days = new Set<string>();
    for (const folder of this.#folders) for (const a of (await this.#folder(folder)).articles) days.add(briefingDay(a, folder));
    return [...days].sort();
  }

  /** The day's articles, its own folder's first, each folder in file order. */
  async day(day: string): Promise<StoreDay> {
    const folders = [day, shift(day, -1), shift(day, 1)].filter((f) => this.#folders.includes(f));
    const articles: Article[] = [];
    for (const folder of folders) for (const a of (await this.#folder(folder)).articles) if (briefingDay(a, folder) === day) articles.push(a);
    const own = this.#folders.includes(day) ? await this.#folder(day) : { rejected: [] };
    return { articles, rejected: own.rejected };
  }
}
