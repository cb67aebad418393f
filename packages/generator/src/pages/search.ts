import { createHash } from "node:crypto";
import { allRegions } from "@werkcentrum/regions";
import { landingSearchSources } from "./search-index.js";
import { searchScript } from "./search-script.js";
import { takenUrls } from "./shared.js";
import type { PageModule } from "./types.js";

/** `/assets/zoeken.<hash>.js`: content-hashed, so nginx may cache it for a year (deploy/headers.ts). */
/** The address of every site's search page (the nginx server block gives it, and /pagefind/, the search policy). */
export const SEARCH_URL = "/zoeken/";

export const searchScriptUrl = `/assets/zoeken.${createHash("sha256").update(searchScript).digest("hex").slice(0, 10)}.js`;

/**
 * `/zoeken/` on every site (markup: the theme's `pages/zoeken.njk`): the search form, and a small script that
 * searches the Pagefind index which the build writes to `/pagefind/` after Eleventy (search-index.ts). The script is
 * loaded on this page only. Without JavaScript the page says so and links to the sitemap.
 */
export const addSearchPage: PageModule = async (config, context) => {
  if (takenUrls(context).has(SEARCH_URL)) return;
  const landing = context.site.kind === "landing";
  config.addTemplate("_werkcentrum/zoeken.njk", '{% extends "pages/zoeken.njk" %}', {
    layout: false,
    permalink: SEARCH_URL,
    title: landing ? "Zoeken in alle Werkcentra" : "Zoeken",
    description: landing ? "Zoek op werkcentrum.nl en op de websites van alle Werkcentra." : "Zoek op deze website.",
    searchScriptUrl,
    // On werkcentrum.nl the script merges its own index with every region's (search-index.ts); the visitor may
    // narrow to one.
    ...(landing ? { searchSites: landingSearchSources(allRegions) } : {}),
  });
  config.addTemplate("_werkcentrum/zoeken-script.njk", "{{ script | safe }}", {
    layout: false,
    permalink: searchScriptUrl,
    eleventyExcludeFromCollections: true,
    script: searchScript,
  });
};
