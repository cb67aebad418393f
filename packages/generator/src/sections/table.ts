import { audienceLabels, type ContentType } from "@werkcentrum/content";
import type { LayoutName, SectionLayoutName } from "@werkcentrum/theme";

/** A theme template that Eleventy can use as a layout: a page layout, or a section layout only the generator picks. */
export type LayoutTemplate = `layouts/${LayoutName}.njk` | `sections/${SectionLayoutName}.njk`;

/** A section of a regional site: one row of the table below. */
export interface Section {
  /** Where the section lives, for example `/nieuws/`. */
  url: string;
  /** Its entry in the main navigation: the Dutch link text, and the position (lower comes first). None: not in the menu. */
  menu?: { text: string; order: number };
  /** The content type whose entries it lists. Their folder is `content/<typeFolders[type]>/` (@werkcentrum/content). */
  content?: ContentType;
  /**
   * The theme template (a path under the theme's `templates/`) of the page at `url`: a layout around the region's
   * own page or a generated one, or a whole page (`pages/…`) the generator writes when the region has none there.
   */
  layout: LayoutTemplate | `pages/${string}.njk`;
  /** The theme template of each listed entry's own page, when its editor chose no layout. */
  entryLayout?: LayoutTemplate;
}

/**
 * Every section of a regional site, in menu order: its URL, its menu entry, the content it lists and the theme
 * templates that show it. The section modules in this folder read their row, the main navigation (global data
 * `werkcentrum.navigation`, which the theme's header shows) is made from the `menu` entries, and table.test.ts checks the rest
 * of the project against it: the content folders, the addresses the content check reserves, the theme's templates
 * and the links they hold. The landing site werkcentrum.nl has none of these sections.
 */
export const sections = {
  // The audiences: each lists the services (`dienst`) for it; a service has its own page at /diensten/<slug>/.
  werkzoekenden: {
    url: "/werkzoekenden/",
    menu: { text: audienceLabels.werkzoekenden, order: 10 },
    content: "dienst",
    layout: "sections/audience.njk",
    entryLayout: "sections/service.njk",
  },
  werkenden: {
    url: "/werkenden/",
    menu: { text: audienceLabels.werkenden, order: 20 },
    content: "dienst",
    layout: "sections/audience.njk",
    entryLayout: "sections/service.njk",
  },
  werkgevers: {
    url: "/werkgevers/",
    menu: { text: audienceLabels.werkgevers, order: 30 },
    content: "dienst",
    layout: "sections/audience.njk",
    entryLayout: "sections/service.njk",
  },
  news: {
    url: "/nieuws/",
    menu: { text: "Nieuws", order: 40 },
    content: "nieuws",
    layout: "sections/news-index.njk",
    entryLayout: "layouts/news.njk",
  },
  events: {
    url: "/agenda/",
    menu: { text: "Agenda", order: 50 },
    content: "evenement",
    layout: "sections/events-index.njk",
    entryLayout: "sections/event.njk",
  },
  schemes: {
    url: "/regelingen/",
    menu: { text: "Regelingen", order: 60 },
    content: "regeling",
    layout: "sections/schemes-index.njk",
    entryLayout: "sections/scheme.njk",
  },
  // The answers are shown on this page only: the question files get no page of their own.
  faq: { url: "/veelgestelde-vragen/", menu: { text: "Veelgestelde vragen", order: 70 }, content: "vraag", layout: "sections/faq.njk" },
  // From `vestigingen` in site.yml.
  locations: { url: "/vestigingen/", menu: { text: "Vestigingen", order: 80 }, layout: "pages/vestigingen.njk" },
  // Around the national base text over-ons.md, or the region's own page at /over-ons/.
  about: { url: "/over-ons/", menu: { text: "Over ons", order: 90 }, layout: "sections/over-ons.njk" },
  // Linked from /over-ons/ (the theme's over-ons layout), not from the menu.
  meerjarenagenda: {
    url: "/meerjarenagenda/",
    content: "meerjarenagenda",
    layout: "pages/meerjarenagenda.njk",
    entryLayout: "sections/meerjarenagenda.njk",
  },
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof sections;
/** A section with a menu entry. */
export type MenuSection = Required<Pick<Section, "url" | "menu">>;
