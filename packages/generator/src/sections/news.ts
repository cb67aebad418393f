import { amsterdamInstant } from "@werkcentrum/content";
import { virtualPage } from "../pages/shared.js";
import type { PageModule } from "../pages/types.js";
import { atomFeed } from "./atom.js";
import { sectionRegistry } from "./registry.js";
import { siteContent, type EntryOf } from "./site-content.js";
import { sections } from "./table.js";

/** News items per page of `/nieuws/`. */
export const NEWS_PER_PAGE = 10;
/** Items in the Atom feed: the newest ones; older news stays on the site. */
export const FEED_SIZE = 20;
export const FEED_URL = "/nieuws/feed.xml";

type Nieuws = EntryOf<"nieuws">;

/** Newest first; on the same day by title, so the order never depends on the file system. */
export function newestFirst(a: Nieuws, b: Nieuws): number {
  return b.data.datum.localeCompare(a.data.datum) || a.data.titel.localeCompare(b.data.titel, "nl");
}

/** The `news-list` component's item for a news entry. */
export function newsListItem(item: Nieuws) {
  return { href: item.permalink, title: item.data.titel, date: item.data.datum, summary: item.data.samenvatting };
}

/** URL of page `n` (1-based) of the news overview. */
export const newsPageUrl = (n: number): string => (n === 1 ? "/nieuws/" : `/nieuws/pagina/${n}/`);

/** The theme's pagination parameters for page `n` of `count`. Every number is listed: pages stay few. */
export function paginationFor(n: number, count: number) {
  if (count < 2) return undefined;
  return {
    previous: n > 1 ? { href: newsPageUrl(n - 1) } : undefined,
    next: n < count ? { href: newsPageUrl(n + 1) } : undefined,
    items: Array.from({ length: count }, (_, i) => ({ number: i + 1, href: newsPageUrl(i + 1), current: i + 1 === n })),
  };
}

/**
 * `/nieuws/` with ten items per page (`/nieuws/pagina/2/`, …), newest first, and the Atom feed
 * `/nieuws/feed.xml`, which every page links in its head (theme base layout, data `newsFeed`). News items keep
 * their own pages with the theme's `news` layout.
 */
export const addNewsPages: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const content = siteContent(context);
  const items = content.of("nieuws").sort(newestFirst);
  const hasIntro = content.markdownUrls.has("/nieuws/");
  if (items.length === 0 && !hasIntro) return;
  const registry = sectionRegistry(config);
  registry.defaultLayout("layouts/news.njk", items.filter((item) => !item.data.layout).map((item) => item.permalink));

  const layout = registry.layout("news-index");
  const pageCount = Math.max(1, Math.ceil(items.length / NEWS_PER_PAGE));
  for (let n = 1; n <= pageCount; n++) {
    const url = newsPageUrl(n);
    const onPage = items.slice((n - 1) * NEWS_PER_PAGE, n * NEWS_PER_PAGE);
    registry.page(url, layout, { items: onPage.map(newsListItem), pagination: paginationFor(n, pageCount), feed: items.length > 0 ? FEED_URL : undefined });
    if (n === 1 && hasIntro) continue;
    virtualPage(config, n === 1 ? "nieuws/index" : `nieuws/pagina-${n}`, {
      title: n === 1 ? "Nieuws" : `Nieuws, pagina ${n} van ${pageCount}`,
      description: n === 1 ? `Het laatste nieuws van ${context.site.title}.` : undefined,
      permalink: url,
    });
  }
  context.addNavigation(sections.news);
  if (items.length === 0) return;

  const title = `Nieuws van ${context.site.title}`;
  config.addGlobalData("newsFeed", { href: FEED_URL, title });
  const xml = atomFeed({
    host: context.site.host,
    title,
    feedPath: FEED_URL,
    pagePath: "/nieuws/",
    author: context.site.title,
    entries: items.slice(0, FEED_SIZE).map((item) => ({
      path: item.permalink,
      title: item.data.titel,
      summary: item.data.samenvatting,
      // Midnight in the Netherlands on the item's date: the content has no time, so this is stable.
      updated: amsterdamInstant(`${item.data.datum} 00:00`)!,
    })),
  });
  virtualPage(config, "nieuws/feed", { permalink: FEED_URL, layout: false, eleventyExcludeFromCollections: true, feedXml: xml }, "{{ feedXml | safe }}");
};
