// Eleventy settings for the instances that `werkcentrum build` and `werkcentrum serve` start (build.ts renderSite).
// Eleventy 3 reads these only from a configuration file, never from the plugin API; everything else is set up by
// werkcentrumPlugin, which renderSite passes as the `config` callback. Naming this file explicitly also keeps
// Eleventy from loading an eleventy.config.js it happens to find in the working directory.
//
// markdownTemplateEngine: false — a Markdown template is rendered as Markdown only, never through Liquid first.
// The generator gives Eleventy no Markdown templates at all (every page is a virtual template made from the site
// model, its body already rendered to HTML), so this only keeps a Markdown file that some future change might add
// from becoming template code.
export const config = { markdownTemplateEngine: false };
