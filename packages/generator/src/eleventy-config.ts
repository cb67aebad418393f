/**
 * The part of Eleventy 3's configuration API (`eleventyConfig`, the first argument of a plugin) that the generator
 * uses, as a plain interface of this package.
 *
 * Eleventy 3 ships JSDoc, not TypeScript declarations (its only typed entry is `@11ty/eleventy/UserConfig`, a
 * JavaScript file). An ambient `declare module "@11ty/eleventy"` in the published types would replace the types of
 * every consumer that imports Eleventy itself, so its own `eleventyConfig.addShortcode` would fail with TS2339.
 * A structural interface does not: Eleventy's real UserConfig has every member below, so a consumer passes its own
 * config object to `addPlugin(werkcentrumPlugin, …)` and keeps its full type. scripts/packages/consumer-test.mjs
 * proves this with a consumer file under `tsc --strict`.
 * Member shapes follow node_modules/@11ty/eleventy/src/UserConfig.js (Eleventy 3.1).
 */
export interface EleventyConfig {
  dir: { input: string; includes: string; output: string };
  /** The resolved project directories (absolute input path); `dir` still holds the defaults while plugins run. */
  directories: { input: string; includes: string; output: string };
  /** Glob patterns, relative to the working directory, that Eleventy never reads as templates. */
  ignores: Set<string>;
  /** Throws Eleventy's own error when the running Eleventy does not satisfy the semver range. */
  versionCheck(range: string): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addLayoutAlias(alias: string, path: string): void;
  /** Runs on every rendered page before it is written; `this.page` has its input and output paths. */
  addTransform(name: string, callback: (this: never, content: unknown) => unknown): void;
  /** A filter for Nunjucks templates only. */
  addNunjucksFilter(name: string, filter: (...args: never[]) => unknown): void;
  /** Changes the library instance Eleventy uses for a template language (`njk`, `md`), whoever created it. */
  amendLibrary(extension: string, callback: (library: never) => void): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
}
