/**
 * Layouts a page may name in its front matter (`layout: layouts/<name>.njk`); anything else is refused by the
 * content checks. A test keeps this list equal to the files in `templates/layouts/`.
 * - base: the page frame; `page`: a detail page (the generator's default); `section`: a section index with cards
 *   for the pages below it; `news`, `event`: a news item, an event; `home`: a region's home; `landing`: the home
 *   of werkcentrum.nl; `error`: the 404 page.
 */
export const layoutNames = ["base", "error", "event", "home", "landing", "news", "page", "section"] as const;
export type LayoutName = (typeof layoutNames)[number];

/**
 * The layouts of generated section pages (`templates/sections/<name>.njk`): audience and service pages, the news,
 * events (/agenda/) and schemes overviews, an event, a scheme, the FAQ, over-ons and a meerjarenagenda's own page.
 * The generator chooses them; pages cannot name them. A test keeps this list equal to the files.
 */
export const sectionLayoutNames = [
  "audience",
  "event",
  "events-index",
  "faq",
  "meerjarenagenda",
  "news-index",
  "over-ons",
  "scheme",
  "schemes-index",
  "service",
] as const;
export type SectionLayoutName = (typeof sectionLayoutNames)[number];
