// Build the site with Eleventy into a fresh folder, then swap it in, so the
// published site is never half-written: readers see the old site or the new one.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { DaybriefConfig } from "../config.ts";
import { readBriefings } from "../briefing/store.ts";
import type { Briefing } from "../briefing/types.ts";
import { siteData, type SiteData } from "./data.ts";

export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

function eleventyFor(cfg: DaybriefConfig, data: () => SiteData, output: string, runMode: "build" | "serve" = "build") {
  return new Eleventy(join(PACKAGE_ROOT, "templates"), output, {
    runMode,
    configPath: join(PACKAGE_ROOT, ".eleventy.js"),
    pathPrefix: cfg.site.pathPrefix,
    quietMode: true,
    config(eleventyConfig) {
      for (const key of Object.keys(data())) eleventyConfig.addGlobalData(key, () => data()[key as keyof SiteData]);
      eleventyConfig.addWatchTarget(cfg.briefings);
    },
  });
}

export function loadSiteData(cfg: DaybriefConfig): SiteData {
  return siteData(readBriefings(cfg.briefings), cfg.site);
}

/** Site data that is read again whenever a briefing file changes on disk. */
function liveSiteData(cfg: DaybriefConfig): () => SiteData {
  let signature = "";
  let data: SiteData | null = null;
  return () => {
    const now = briefingsSignature(cfg.briefings);
    if (!data || now !== signature) [data, signature] = [loadSiteData(cfg), now];
    return data;
  };
}

function briefingsSignature(dir: string): string {
  if (!existsSync(dir)) return "";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const st = statSync(join(dir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join("|");
}

/** Build into a sibling folder and rename it into place; from `briefings` when the caller has them, else from disk. */
export async function buildSite(cfg: DaybriefConfig, briefings?: Briefing[]): Promise<{ pages: number }> {
  const output = cfg.output;
  const staging = join(dirname(output), `.${basename(output)}.building-${process.pid}`);
  const retired = join(dirname(output), `.${basename(output)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const data = briefings ? siteData(briefings, cfg.site) : loadSiteData(cfg);
    const results = await eleventyFor(cfg, () => data, staging).write();
    if (existsSync(output)) renameSync(output, retired);
    renameSync(staging, output);
    rmSync(retired, { recursive: true, force: true });
    return { pages: countResults(results) };
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

function countResults(results: unknown): number {
  return Array.isArray(results) ? results.flat(Infinity).length : 0;
}

/** Build straight into the output folder, then watch templates and briefings and serve with live reload. */
export async function serveSite(cfg: DaybriefConfig, port: number): Promise<void> {
  const elev = eleventyFor(cfg, liveSiteData(cfg), cfg.output, "serve");
  await elev.init();
  await elev.watch();
  await elev.serve(port);
}
