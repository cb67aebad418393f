import type { ContentEntry } from "@werkcentrum/content";
import type { EleventyConfig } from "../eleventy-config.js";
import { virtualPage } from "../pages/shared.js";
import type { PageContext, PageModule } from "../pages/types.js";
import { sectionRegistry, type SectionRegistry } from "./registry.js";
import { siteContent, type EntryOf, type SiteContent } from "./site-content.js";
import { sections, type LayoutTemplate, type MenuSection, type Section, type SectionKey } from "./table.js";

/** A section that lists the entries of a content type, in the menu, with a section layout at its URL. */
type ListingSection = Section & MenuSection & Required<Pick<Section, "content">> & { layout: LayoutTemplate };
type ListingKey = { [K in SectionKey]: (typeof sections)[K] extends ListingSection ? K : never }[SectionKey];
type EntriesOf<K extends ListingKey> = EntryOf<(typeof sections)[K]["content"]>;

/** What a section's own code gets: its row, its entries and the places to put pages. */
export interface SectionRun<E> {
  config: EleventyConfig;
  context: PageContext;
  content: SiteContent;
  section: ListingSection;
  /** The entries the section lists, in its order. */
  entries: E[];
  registry: SectionRegistry;
}

/** What is a section's own; the rest comes from its row in the table. */
export interface SectionSpec<E> {
  /** The entries it lists, in its order, from the model's Dutch entries of its content type. Default: all, in the model's order. */
  entries?(all: E[]): E[];
  /** Title of the page generated at the section's URL when the region has none there. Default: the menu text. */
  title?: string;
  /** Description of that generated page (none when left out). */
  description?(context: PageContext): string;
  /** The data the section's layout reads at its URL (`sectionPages[url]`). */
  index(run: SectionRun<E>): Record<string, unknown>;
  /** The data of an entry's own page, which gets the row's `entryLayout` unless its editor chose a layout. */
  entry?(entry: E, run: SectionRun<E>): Record<string, unknown>;
  /** Whatever else the section adds: more list pages, a feed, calendar files, global data, entries shown only here. */
  more?(run: SectionRun<E>): void;
}

/**
 * The page module of a section that lists entries, from its row in sections/table.ts and its own spec. What every
 * such section does, here once: it exists only on a regional site, and not at all while it has no entries and the
 * region has no page at its URL (so the menu never links an empty section). Its URL gets its layout and data, around
 * the region's introduction there or on a generated page; it gets its menu entry; each entry's own page gets the
 * row's entry layout.
 */
export function defineSection<K extends ListingKey>(key: K, spec: SectionSpec<EntriesOf<K>>): PageModule {
  // The spec's entries are the entries of its row's content type (`content.of` below): the one type the key names.
  return listingSection(sections[key], spec as unknown as SectionSpec<ContentEntry>);
}

function listingSection(section: ListingSection, spec: SectionSpec<ContentEntry>): PageModule {
  return async (config, context) => {
    if (context.site.kind !== "region") return;
    const content = siteContent(context);
    const all = content.of(section.content);
    const entries = spec.entries ? spec.entries(all) : all;
    const hasIntro = content.markdownUrls.has(section.url);
    if (entries.length === 0 && !hasIntro) return;
    const registry = sectionRegistry(config);
    const run: SectionRun<ContentEntry> = { config, context, content, section, entries, registry };

    registry.page(section.url, registry.layout(section.layout), spec.index(run));
    if (!hasIntro) {
      const description = spec.description ? { description: spec.description(context) } : {};
      virtualPage(config, `${section.url.slice(1)}index`, { title: spec.title ?? section.menu.text, ...description, permalink: section.url });
    }
    context.addNavigation(section);
    if (section.entryLayout) {
      const layout = registry.layout(section.entryLayout);
      for (const entry of entries) if (!entry.data.layout) registry.page(entry.permalink, layout, spec.entry?.(entry, run) ?? {});
    }
    spec.more?.(run);
  };
}
