import type { EleventyConfig } from "@11ty/eleventy";
import type { BaseText, SiteReport } from "@werkcentrum/content";
import type { Region, SiteProfile } from "@werkcentrum/regions";
import type { SiteDefinition } from "../sites.js";

/** One entry of the main navigation. Sections without content add none, so they never show up empty. */
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
  /** The validated `site.yml`, when the site has one. */
  profile: SiteProfile | undefined;
  /** Absolute path of the site's `content/` folder. */
  contentDir: string;
  /** The site's `checkSite` report, when the caller already made it; otherwise the sections check the site once. */
  report?: SiteReport | undefined;
  /** The national base texts the site uses (none on the landing site), as the plugin added them. */
  baseTexts: readonly BaseText[];
  /** Adds an entry to the main navigation (global data `navigation`, sorted by `order`). */
  addNavigation(item: NavigationItem): void;
}

/**
 * A group of pages the generator adds to a site (a section, a feed, a required page). Each lives in its own file
 * in this folder and is listed in `index.ts`; the plugin calls every module once per site build.
 */
export type PageModule = (config: EleventyConfig, context: PageContext) => void | Promise<void>;
