/** The part of an Eleventy collection item the index reads. */
export interface PageIndexItem {
  /** The page's URL, or `false` for a page without output (`permalink: false`). */
  url?: unknown;
  data?: { title?: unknown } | undefined;
}

/**
 * Every page of a site by URL: URL → the page's `title` (front matter, or `undefined` for a page without one).
 * The key is there for every page with a URL, title or not, so `"/zoeken/" in index` tells whether a page exists.
 * No prototype, so `"constructor" in index` is false and a URL can never hit an inherited property.
 */
export type PageIndex = Readonly<Record<string, unknown>>;

// Eleventy gives every page of one build the same `collections.all` array (checked: one array for all pages and
// layouts, paginated pages included) and makes a new array for every build (TemplateCollection.getAllSorted
// copies), so keying on the array builds the index once per build of a site and never serves a stale one in
// watch mode. A WeakMap lets a finished build's index go with its array.
const indexes = new WeakMap<readonly PageIndexItem[], PageIndex>();

/**
 * The index of `collections.all`, for templates (filter `pageIndex`): `{% set urls = collections.all | pageIndex %}`
 * then `"/zoeken/" in urls` or `urls[href]`. Replaces a loop over every page in every page, which made a build's
 * rendering time grow with the square of the number of pages. Pages appear in collection order; with two items
 * for one URL (Eleventy refuses that when writing), the first wins.
 */
export function pageIndex(all: readonly PageIndexItem[] | null | undefined): PageIndex {
  if (!Array.isArray(all)) return Object.create(null) as PageIndex;
  const cached = indexes.get(all);
  if (cached) return cached;
  const index = Object.create(null) as Record<string, unknown>;
  for (const item of all) {
    const url = item?.url;
    if (typeof url === "string" && url !== "" && !(url in index)) index[url] = item.data?.title;
  }
  // Frozen: every page of the build shares this one object, so no template may change it for the others.
  Object.freeze(index);
  indexes.set(all, index);
  return index;
}
