// eleventy.config.js
// @ts-check
import { findProjectPaths, getSite, readSiteModel, werkcentrumPlugin } from "@werkcentrum/generator";

const site = getSite("rijnmond");
if (!site) throw new Error("rijnmond is not in the registry");
// The site model: site.yml and every content file read once, validated, each page with its URL. Throws a
// ContentError listing every problem when the site has an error.
const model = await readSiteModel(site, findProjectPaths().sitesDir, { assert: true });

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(werkcentrumPlugin, { site, model });
}
