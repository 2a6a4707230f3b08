// Eleventy registrations only: plugins, filters and static settings. All data
// comes prepared from src/site/data.ts; templates lay it out. The feed date
// filters come from @11ty/eleventy-plugin-rss, through src/site/registry.ts.
import { fileURLToPath } from "node:url";
import handlebarsPlugin from "@11ty/eleventy-plugin-handlebars";

const ASSETS = fileURLToPath(new URL("./templates/assets", import.meta.url));

export default async function (eleventyConfig) {
  // Imported dynamically: Eleventy's watcher parses static imports as plain
  // JavaScript and cannot read our TypeScript.
  const { FILTERS } = await import("./src/site/registry.ts");
  for (const [name, fn] of Object.entries(FILTERS)) eleventyConfig.addFilter(name, fn);
  eleventyConfig.addPassthroughCopy({ [ASSETS]: "assets" });
  // Handlebars last: it turns every filter registered so far into a helper.
  eleventyConfig.addPlugin(handlebarsPlugin);
}

// Input (templates/) and output (_site/ or --output) are given by the daybrief
// command; a `dir` here would override them.
export const config = {
  templateFormats: ["hbs"],
  // Nothing but our own templates is ever run as a template.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
