import { escapeUTF8 } from "entities";

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

/**
 * An Atom feed (RFC 4287). Written here rather than with @11ty/eleventy-plugin-rss: that plugin renders a feed
 * from an Eleventy collection inside a template, while the news items are already parsed and sorted at
 * configuration time; what is left is escaping (`entities`) and dates. Every URL is absolute on
 * `https://<host>/`, and `updated` is the newest item's date, never the clock, so the feed is deterministic.
 */
export function atomFeed(options: AtomFeedOptions): string {
  const url = (path: string) => escapeUTF8(new URL(path, `https://${options.host}/`).href);
  const text = (value: string) => escapeUTF8(value);
  const stamp = (date: Date) => date.toISOString().replace(/\.000Z$/, "Z");
  const newest = options.entries.map((entry) => entry.updated.getTime()).reduce((a, b) => Math.max(a, b), 0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <title>${text(options.title)}</title>`,
    `  <link href="${url(options.feedPath)}" rel="self" type="application/atom+xml"/>`,
    `  <link href="${url(options.pagePath)}" rel="alternate" type="text/html"/>`,
    `  <id>${url(options.pagePath)}</id>`,
    `  <updated>${stamp(new Date(newest))}</updated>`,
    `  <author><name>${text(options.author)}</name></author>`,
    ...options.entries.flatMap((entry) => [
      "  <entry>",
      `    <title>${text(entry.title)}</title>`,
      `    <link href="${url(entry.path)}" rel="alternate" type="text/html"/>`,
      `    <id>${url(entry.path)}</id>`,
      `    <published>${stamp(entry.updated)}</published>`,
      `    <updated>${stamp(entry.updated)}</updated>`,
      `    <summary>${text(entry.summary)}</summary>`,
      "  </entry>",
    ]),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}
