// Eleventy settings for the instances that `werkcentrum build` and `werkcentrum serve` start (build.ts, serve.ts).
// Eleventy 3 reads these only from a configuration file, never from the plugin API; everything else is set up by
// werkcentrumPlugin, which those commands pass as the `config` callback. Naming this file explicitly also keeps
// Eleventy from loading an eleventy.config.js it happens to find in the working directory.
//
// markdownTemplateEngine: false — a Markdown file is rendered as Markdown only. By default Eleventy first runs
// every .md file through Liquid; the content check already refuses {{ and {% in Markdown, so that pass could only
// cost time (issue 10, docs/performance.md).
export const config = { markdownTemplateEngine: false };
