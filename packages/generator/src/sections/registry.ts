import type { EleventyConfig } from "../eleventy-config.js";
import { setGlobalData } from "../global-data.js";
import type { LayoutTemplate } from "./table.js";

/** The layout of a page the plugin adds when neither a section nor the page itself chose one: the theme's detail page. */
export const DEFAULT_LAYOUT = "layouts/page.njk";

/**
 * How the section modules place their pages. A section index (`/werkzoekenden/`, `/nieuws/`) may already be a
 * Markdown page: a national base text or the region's own file. The section then does not add a second page at
 * that URL (Eleventy would refuse the duplicate); it gives the existing page its own layout instead, so the
 * editor's text becomes the introduction above the generated list.
 *
 * Every template the plugin adds gets its layout when it is added (`layoutAt`): the one a section gave its URL, else
 * the one the page names, else `DEFAULT_LAYOUT`. Eleventy gets no global `layout` and no computed one, so the
 * templates of a user's own project keep theirs. Pages are added after the sections decided their URLs' layouts
 * (content pages last of all, pages/index.ts); deciding one later throws. The data of each generated page lives in
 * one global object, `werkcentrum.sectionPages`, keyed by URL, so the layouts only need `page.url`.
 */
export interface SectionRegistry {
  /**
   * The layout key of a theme template (a `layout` or `entryLayout` of sections/table.ts). Eleventy resolves
   * `layout:` under its includes folder: the plugin puts the theme's `layouts/` there, and a section layout
   * (`sections/<name>.njk`) is added once as a one-line template that extends the theme's file.
   */
  layout(template: LayoutTemplate): string;
  /** Gives the page at `url` the layout `layoutKey` and the data `data` (read as `werkcentrum.sectionPages[page.url]`). */
  page(url: string, layoutKey: string, data: Record<string, unknown>): void;
  /** The default layout of a content type, for `urls`: the entries of that type whose front matter names none. */
  defaultLayout(layoutKey: string, urls: Iterable<string>): void;
  /**
   * The layout of the page the plugin adds at `url`: the section's for that URL, else `own` (the page's own
   * `layout`, `false` for none), else `DEFAULT_LAYOUT`. From then on the URL's layout may not change.
   */
  layoutAt(url: string, own?: unknown): unknown;
  /** Leaves these entries (paths relative to `content/`) unwritten: they are shown elsewhere, like the answers on the FAQ page. */
  unpublish(paths: Iterable<string>): void;
  /** Whether the entry at `path` is shown elsewhere and gets no page of its own. */
  isUnpublished(path: string): boolean;
}

const registries = new WeakMap<EleventyConfig, SectionRegistry>();

/** The registry of this Eleventy configuration; the first call adds the global data `werkcentrum.sectionPages`. */
export function sectionRegistry(config: EleventyConfig): SectionRegistry {
  const existing = registries.get(config);
  if (existing) return existing;

  const layoutByUrl = new Map<string, string>();
  const placed = new Set<string>();
  const unpublished = new Set<string>();
  const pages: Record<string, Record<string, unknown>> = {};
  const added = new Set<string>();
  const decide = (url: string, layoutKey: string) => {
    if (placed.has(url)) throw new Error(`sectionRegistry: the layout of ${url} is decided after its page was added; add the page after the section`);
    layoutByUrl.set(url, layoutKey);
  };
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
      decide(url, layoutKey);
      pages[url] = data;
    },
    defaultLayout(layoutKey, urls) {
      for (const url of urls) if (!layoutByUrl.has(url)) decide(url, layoutKey);
    },
    layoutAt(url, own) {
      placed.add(url);
      return layoutByUrl.get(url) ?? own ?? DEFAULT_LAYOUT;
    },
    unpublish(paths) {
      for (const path of paths) unpublished.add(path);
    },
    isUnpublished: (path) => unpublished.has(path),
  };
  registries.set(config, registry);

  setGlobalData(config, "sectionPages", pages);
  return registry;
}
