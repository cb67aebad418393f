/**
 * Layouts a page may name in its front matter (`layout: layouts/<name>.njk`); anything else is refused by the
 * content checks. A test keeps this list equal to the files in `templates/layouts/`.
 * - base: the page frame; `page`: a detail page (the generator's default); `section`: a section index with cards
 *   for the pages below it; `news`, `event`: a news item, an event; `home`: a region's home; `landing`: the home
 *   of werkcentrum.nl; `error`: the 404 page.
 */
export const layoutNames = ["base", "error", "event", "home", "landing", "news", "page", "section"] as const;
export type LayoutName = (typeof layoutNames)[number];
