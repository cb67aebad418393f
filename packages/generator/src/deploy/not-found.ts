import type { EleventyConfig } from "../eleventy-config.js";

/**
 * `/404.html`, the page nginx sends with status 404 for an unknown address (`error_page 404`, nginx.ts), in the
 * theme's error layout (its text and the ways on, the gemeente finder among them). Every link in the layout is
 * root-relative, so the page works at any depth. Every site gets it: an editor's page always gets a folder address
 * (`404.md` is published at `/404/`), so it can never take this one.
 */
export function addNotFoundPage(config: EleventyConfig): void {
  config.addTemplate("404.njk", "", {
    layout: "layouts/error.njk",
    title: "Pagina niet gevonden",
    permalink: "/404.html",
    eleventyExcludeFromCollections: true,
  });
}
