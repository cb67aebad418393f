import type { EleventyConfig } from "../eleventy-config.js";
import type { LayoutTemplate } from "./table.js";

/**
 * How the section modules place their pages. A section index (`/werkzoekenden/`, `/nieuws/`) may already be a
 * Markdown page: a national base text or the region's own file. The section then does not add a second page at
 * that URL (Eleventy would refuse the duplicate); it gives the existing page its own layout instead, so the
 * editor's text becomes the introduction above the generated list.
 *
 * Layouts are chosen by computed data: for a URL a section owns, and per content type (a news item gets the
 * `news` layout) when the editor named none. The data of each generated page lives in one global object,
 * `sectionPages`, keyed by URL, so the layouts only need `page.url`.
 */
export interface SectionRegistry {
  /**
   * The layout key of a theme template (a `layout` or `entryLayout` of sections/table.ts). Eleventy resolves
   * `layout:` under its includes folder: the plugin puts the theme's `layouts/` there, and a section layout
   * (`sections/<name>.njk`) is added once as a one-line template that extends the theme's file.
   */
  layout(template: LayoutTemplate): string;
  /** Gives the page at `url` the layout `layoutKey` and the data `data` (read as `sectionPages[page.url]`). */
  page(url: string, layoutKey: string, data: Record<string, unknown>): void;
  /** The default layout of a content type, for `urls`: the entries of that type whose front matter names none. */
  defaultLayout(layoutKey: string, urls: Iterable<string>): void;
  /** Leaves these entries (paths relative to `content/`) unwritten: they are shown elsewhere, like the answers on the FAQ page. */
  unpublish(paths: Iterable<string>): void;
  /** Whether the entry at `path` is shown elsewhere and gets no page of its own. */
  isUnpublished(path: string): boolean;
}

const registries = new WeakMap<EleventyConfig, SectionRegistry>();

/** The registry of this Eleventy configuration; the first call installs the computed data it relies on. */
export function sectionRegistry(config: EleventyConfig): SectionRegistry {
  const existing = registries.get(config);
  if (existing) return existing;

  const layoutByUrl = new Map<string, string>();
  const unpublished = new Set<string>();
  const pages: Record<string, Record<string, unknown>> = {};
  const added = new Set<string>();
  const registry: SectionRegistry = {
    layout(template) {
      if (template.startsWith("layouts/")) return template;
      const key = `layouts/${template}`;
      if (!added.has(key)) {
        config.addTemplate(`${config.dir.includes}/${key}`, `{% extends "${template}" %}`);
        added.add(key);
      }
      return key;
    },
    page(url, layoutKey, data) {
      layoutByUrl.set(url, layoutKey);
      pages[url] = data;
    },
    defaultLayout(layoutKey, urls) {
      for (const url of urls) if (!layoutByUrl.has(url)) layoutByUrl.set(url, layoutKey);
    },
    unpublish(paths) {
      for (const path of paths) unpublished.add(path);
    },
    isUnpublished: (path) => unpublished.has(path),
  };
  registries.set(config, registry);

  config.addGlobalData("sectionPages", pages);
  // The layout of a page registered here comes from its URL; every page nobody registered keeps its own.
  config.addGlobalData("eleventyComputed", {
    layout: (data: PageData) => layoutByUrl.get(String(data.page?.url)) ?? data.layout,
  });
  return registry;
}

interface PageData {
  page?: { url?: unknown };
  layout?: unknown;
}
