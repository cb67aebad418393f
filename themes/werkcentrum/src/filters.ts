import { pageIndex } from "./page-index.js";
import { sitemapPages } from "./sitemap-pages.js";

/**
 * The Nunjucks filters the theme's templates use, by name. Whoever renders the templates registers every one
 * (Eleventy: `config.addNunjucksFilter(name, filter)`; plain Nunjucks: `env.addFilter(name, filter)`), or
 * templates that use them fail to render.
 */
export const nunjucksFilters = { pageIndex, sitemapPages } as const;
