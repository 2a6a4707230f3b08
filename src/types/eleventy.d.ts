// The parts of Eleventy's programmatic API and of the RSS plugin that Daybrief
// uses; neither package ships type declarations.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    runMode?: "build" | "watch" | "serve";
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: {
      addGlobalData(name: string, value: unknown): void;
      addWatchTarget(path: string): void;
    }) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc822(date: Date): string;
  export function dateToRfc3339(date: Date): string;
}
