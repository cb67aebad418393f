import type { EleventyConfig } from "../eleventy-config.js";
import type { ImageRenderer, SiteReport } from "@werkcentrum/content";
import type { Evidence } from "../evidence/schema.js";
import type { PreparedImage } from "../images/prepare.js";
import type { Region, SiteProfile } from "@werkcentrum/regions";
import type { MenuSection } from "../sections/table.js";
import type { SiteDefinition } from "../sites.js";

/**
 * One entry of the main navigation (global data `werkcentrum.navigation`), made from a section's row in sections/table.ts.
 * Sections without content add none, so they never show up empty.
 */
export interface NavigationItem {
  /** Site-relative URL, for example `/werkzoekenden/`. */
  href: string;
  /** Dutch link text, for example `Werkzoekenden` (the theme's header reads `text`). */
  text: string;
  /** Position in the navigation: lower comes first. */
  order: number;
}

/** What a page module knows about the site it adds pages to. */
export interface PageContext {
  site: SiteDefinition;
  /** The region, on a regional site; undefined on the landing site. */
  region: Region | undefined;
  /** The validated `site.yml`, when the site has one (the model's profile). */
  profile: SiteProfile | undefined;
  /** Absolute path of the site's folder, `sites/<slug>`. Page modules read content only from `model`. */
  siteDir: string;
  /**
   * The site model (`checkSite`): every page written in Markdown (the region's own and the base texts it gets),
   * validated, with its URL. The only content a page module reads.
   */
  model: SiteReport;
  /** The build date, `YYYY-MM-DD` (build-date.ts): decides which events are upcoming and which are past. */
  date: string;
  /**
   * On the landing site: each region's profile as its last successful build published it (build-all.ts), or
   * undefined for a region without one. Absent outside a multi-site build: then every region's `site.yml` is read.
   */
  regionProfiles: ReadonlyMap<string, SiteProfile | undefined> | undefined;
  /** The host's automated test results (evidence/read.ts), when the build publishes them. */
  evidence: Evidence | undefined;
  /** Adds the section's menu entry (its row in sections/table.ts) to the main navigation, which is sorted by `order`. */
  addNavigation(section: MenuSection): void;
  /** Every image of the model as the build prepared it (images/prepare.ts), by site path. */
  images: ReadonlyMap<string, PreparedImage>;
  /** Writes one prepared image as the theme's <picture> (helpers/picture.njk), lazily loaded: for Markdown bodies. */
  renderImage: ImageRenderer;
}

/**
 * A group of pages the generator adds to a site (a section, a feed, a required page). Each lives in its own file
 * in this folder and is listed in `index.ts`; the plugin calls every module once per site build.
 */
export type PageModule = (config: EleventyConfig, context: PageContext) => void | Promise<void>;
