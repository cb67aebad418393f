import { nunjucksFilters } from "@werkcentrum/theme";
import type { PageModule } from "./types.js";

/**
 * The theme's Nunjucks filters (`pageIndex`: every page by URL, built once per build instead of a loop over
 * `collections.all` in every page), registered before any module adds a template that uses them. Eleventy adds
 * them to whichever Nunjucks Environment is in use, a user's own one set with `setLibrary("njk", …)` as well.
 */
export const addThemeFilters: PageModule = (config) => {
  for (const [name, filter] of Object.entries(nunjucksFilters)) config.addNunjucksFilter(name, filter);
};
