import type { EleventyConfig } from "@11ty/eleventy";

/** Body of the 404 page; the layout adds the title as heading, the site's header and footer. */
const NOT_FOUND_BODY = [
  "<p>Deze pagina bestaat niet (meer). Misschien is het adres veranderd, of staat er een typefout in.</p>",
  '<p><a href="/">Ga naar de startpagina van {{ siteTitle }}</a></p>',
].join("\n");

/**
 * `/404.html`, the page nginx sends with status 404 for an unknown address (`error_page 404`, nginx.ts). Every
 * link in the layout is root-relative, so the page works at any depth. Every site gets it: an editor's page always
 * gets a folder address (`404.md` is published at `/404/`), so it can never take this one.
 */
export function addNotFoundPage(config: EleventyConfig): void {
  config.addTemplate("404.njk", NOT_FOUND_BODY, { title: "Pagina niet gevonden", permalink: "/404.html", eleventyExcludeFromCollections: true });
}
