// Eleventy registrations only: plugins, filters and static settings. The feed
// date filters come from @11ty/eleventy-plugin-rss, through src/site/registry.ts. All data
// comes prepared from src/site/data.ts; templates lay it out.
import handlebarsPlugin from "@11ty/eleventy-plugin-handlebars";
import { FILTERS } from "./src/site/registry.ts";

export default function (eleventyConfig) {
  for (const [name, fn] of Object.entries(FILTERS)) eleventyConfig.addFilter(name, fn);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
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
