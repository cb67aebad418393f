import { amsterdamInstant } from "@werkcentrum/content";
import { setGlobalData } from "../global-data.js";
import { virtualPage } from "../pages/shared.js";
import { atomFeedData } from "./atom.js";
import { defineSection } from "./define-section.js";
import type { EntryOf } from "./site-content.js";
import { sections } from "./table.js";

const { url } = sections.news;

/** News items per page of `/nieuws/`. */
export const NEWS_PER_PAGE = 10;
/** Items in the Atom feed: the newest ones; older news stays on the site. */
export const FEED_SIZE = 20;
export const FEED_URL = `${url}feed.xml`;

type Nieuws = EntryOf<"nieuws">;

/** Newest first; on the same day by title, so the order never depends on the file system. */
export function newestFirst(a: Nieuws, b: Nieuws): number {
  return b.data.datum.localeCompare(a.data.datum) || a.data.titel.localeCompare(b.data.titel, "nl");
}

/** The `news-list` component's item for a news entry. */
export function newsListItem(item: Nieuws) {
  return { href: item.permalink, title: item.data.titel, date: item.data.datum, summary: item.data.samenvatting };
}

/** URL of page `n` (1-based) of the news overview. The later pages' folder is reserved in @werkcentrum/content. */
export const newsPageUrl = (n: number): string => (n === 1 ? url : `${url}pagina/${n}/`);

/** The theme's pagination parameters for page `n` of `count`. Every number is listed: pages stay few. */
export function paginationFor(n: number, count: number) {
  if (count < 2) return undefined;
  return {
    previous: n > 1 ? { href: newsPageUrl(n - 1) } : undefined,
    next: n < count ? { href: newsPageUrl(n + 1) } : undefined,
    items: Array.from({ length: count }, (_, i) => ({ number: i + 1, href: newsPageUrl(i + 1), current: i + 1 === n })),
  };
}

/** The data of page `n` of the news overview (the theme's `news-index` layout). */
function listPage(items: readonly Nieuws[], n: number) {
  const onPage = items.slice((n - 1) * NEWS_PER_PAGE, n * NEWS_PER_PAGE);
  return { items: onPage.map(newsListItem), pagination: paginationFor(n, pageCount(items)), feed: items.length > 0 ? FEED_URL : undefined };
}

const pageCount = (items: readonly Nieuws[]) => Math.max(1, Math.ceil(items.length / NEWS_PER_PAGE));

/**
 * `/nieuws/` with ten items per page (`/nieuws/pagina/2/`, …), newest first, and the Atom feed
 * `/nieuws/feed.xml`, which every page links in its head (theme base layout, data `werkcentrum.newsFeed`). News items keep
 * their own pages with the theme's `news` layout.
 */
export const addNewsPages = defineSection("news", {
  entries: (items) => items.sort(newestFirst),
  description: (context) => `Het laatste nieuws van ${context.site.title}.`,
  index: ({ entries: items }) => listPage(items, 1),
  more: ({ config, context, entries: items, registry, section }) => {
    const layout = registry.layout(section.layout);
    const count = pageCount(items);
    for (let n = 2; n <= count; n++) {
      registry.page(newsPageUrl(n), layout, listPage(items, n));
      virtualPage(config, `nieuws/pagina-${n}`, { title: `Nieuws, pagina ${n} van ${count}`, permalink: newsPageUrl(n) });
    }
    if (items.length === 0) return;

    const title = `Nieuws van ${context.site.title}`;
    setGlobalData(config, "newsFeed", { href: FEED_URL, title });
    const feed = atomFeedData({
      host: context.site.host,
      title,
      feedPath: FEED_URL,
      pagePath: url,
      author: context.site.title,
      entries: items.slice(0, FEED_SIZE).map((item) => ({
        path: item.permalink,
        title: item.data.titel,
        summary: item.data.samenvatting,
        // Midnight in the Netherlands on the item's date: the content has no time, so this is stable.
        updated: amsterdamInstant(`${item.data.datum} 00:00`)!,
      })),
    });
    virtualPage(
      config,
      "nieuws/feed",
      { permalink: FEED_URL, layout: false, eleventyExcludeFromCollections: true, feed },
      '{% include "files/feed.atom.njk" %}',
    );
  },
});
