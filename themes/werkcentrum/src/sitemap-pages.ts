/** The part of an Eleventy collection item the sitemap reads. */
export interface SitemapItem {
  /** The page's URL, or `false` for a page without output (`permalink: false`). */
  url?: unknown;
  data?: { robots?: unknown; canonicalUrl?: unknown } | undefined;
}

/**
 * The pages a sitemap lists (filter `sitemapPages`: `{% set pages = collections.all | sitemapPages %}`), sorted by
 * URL: HTML pages only (URLs ending in `/`), without pages marked `noindex` and without pages whose canonical address
 * is another page (data `canonicalUrl`), as a sitemap lists canonical URLs only. Used by the human-readable
 * /sitemap/ page and by sitemap.xml, so both always list the same pages.
 */
export function sitemapPages<T extends SitemapItem>(all: readonly T[] | null | undefined): (T & { url: string })[] {
  if (!Array.isArray(all)) return [];
  const listed = all.filter((item): item is T & { url: string } => {
    if (typeof item?.url !== "string" || !item.url.endsWith("/")) return false;
    const robots = item.data?.robots;
    const noindex = (typeof robots === "string" || Array.isArray(robots)) && robots.includes("noindex");
    return !noindex && !item.data?.canonicalUrl;
  });
  return listed.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
