export interface AtomEntry {
  /** Site-relative URL of the item. */
  path: string;
  title: string;
  summary: string;
  updated: Date;
}

export interface AtomFeedOptions {
  host: string;
  title: string;
  /** Site-relative URLs of the feed itself and of the HTML page it mirrors. */
  feedPath: string;
  pagePath: string;
  author: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
}

/** What the theme's `files/feed.atom.njk` writes: absolute URLs and RFC 3339 stamps, escaped by the template. */
export interface AtomFeed {
  title: string;
  selfUrl: string;
  pageUrl: string;
  updated: string;
  author: string;
  entries: Array<{ title: string; url: string; updated: string; summary: string }>;
}

/**
 * The data of an Atom feed (RFC 4287) for the theme's template. Not @11ty/eleventy-plugin-rss: that plugin renders a
 * feed from an Eleventy collection inside a template, while the news items are already parsed and sorted at
 * configuration time; what is left is absolute URLs on `https://<host>/` and dates. `updated` is the newest item's
 * date, never the clock, so the feed is deterministic.
 */
export function atomFeedData(options: AtomFeedOptions): AtomFeed {
  const url = (path: string) => new URL(path, `https://${options.host}/`).href;
  const stamp = (date: Date) => date.toISOString().replace(/\.000Z$/, "Z");
  const newest = options.entries.map((entry) => entry.updated.getTime()).reduce((a, b) => Math.max(a, b), 0);
  return {
    title: options.title,
    selfUrl: url(options.feedPath),
    pageUrl: url(options.pagePath),
    updated: stamp(new Date(newest)),
    author: options.author,
    entries: options.entries.map((entry) => ({ title: entry.title, url: url(entry.path), updated: stamp(entry.updated), summary: entry.summary })),
  };
}
