import type { ContactBlockParams, EventListParams, MemberListParams, NewsListParams, ThemeAssets } from "@werkcentrum/theme";
import type { Region, SiteProfile } from "@werkcentrum/regions";
import type { EleventyConfig } from "./eleventy-config.js";
import type { PreparedImage } from "./images/prepare.js";
import type { LandingData } from "./pages/landing.js";
import type { NavigationItem } from "./pages/types.js";
import type { MeerjarenagendaView } from "./sections/meerjarenagenda.js";
import type { SiteDefinition } from "./sites.js";

/**
 * The name of the one global data object the plugin adds to Eleventy: templates read `werkcentrum.site`,
 * `werkcentrum.navigation`, … So the plugin never takes a name of the user's own data (`site`, `layout`, …)
 * in an Eleventy project it is added to.
 */
export const GLOBAL_DATA_NAME = "werkcentrum";

/**
 * Everything the plugin gives every page, as `werkcentrum.<key>` (the theme's layouts read these). The keys marked
 * optional exist only on a site that has them (a regional site, a section with content, the landing site).
 */
export interface WerkcentrumData {
  /** The site being built, with its validated `site.yml` (`profile`, absent on a site without one). */
  site: { slug: string; host: string; kind: SiteDefinition["kind"]; profile: SiteProfile | undefined };
  /** The region of a regional site, from @werkcentrum/regions; undefined on werkcentrum.nl. */
  region: Region | undefined;
  /** Every region of the registry. */
  regions: readonly Region[];
  /** The host of the national site, `werkcentrum.nl`. */
  landingHost: string;
  /** The site's name, for example `Werkcentrum Rijnmond`: the end of every `<title>`. */
  siteTitle: string;
  /** The theme's hashed stylesheet and font URLs (`themeAssets` of @werkcentrum/theme). */
  themeAssets: ThemeAssets;
  /** The site's images as the build prepared them, by site path (`/afbeeldingen/x.jpg`): for `helpers/picture.njk`. */
  images: Record<string, PreparedImage>;
  /** The `sizes` attribute of every editor's image (`imageSizes` of @werkcentrum/theme). */
  imageSizes: string;
  /** The main navigation, in menu order. */
  navigation: NavigationItem[];
  /** The generated data of each section page, by URL: a section layout reads `werkcentrum.sectionPages[page.url]`. */
  sectionPages: Record<string, Record<string, unknown>>;
  /** The news feed, which every page links in its head; only when the site has news. */
  newsFeed?: { href: string; title: string };
  /** On a regional site: the three newest news items, for the home page. */
  latestNews?: NewsListParams["items"];
  /** On a regional site: the next three events (by the build date), for the home page. */
  upcomingEvents?: EventListParams["items"];
  /** On a regional site: how to reach a guide (`gids` in site.yml), for the home and contact pages; undefined without one. */
  guide?: ContactBlockParams;
  /** On a regional site: what `/over-ons/` shows below its text. */
  aboutRegion?: {
    status: string;
    members: MemberListParams | undefined;
    partners: NonNullable<SiteProfile["partners"]>;
    centrumgemeente: string | undefined;
  };
  /** Each meerjarenagenda ready to print, by URL (its own page, and `/meerjarenagenda/` for the current one). */
  meerjarenagendas?: Record<string, MeerjarenagendaView>;
  /** On werkcentrum.nl: the map, the gemeente finder and every region with its status. */
  landing?: LandingData;
}

const objects = new WeakMap<EleventyConfig, Partial<WerkcentrumData>>();

/**
 * Sets `werkcentrum.<key>` for every page of this Eleventy configuration. The first call adds the one object to
 * Eleventy's global data; later calls fill it in, before Eleventy reads it when the build starts.
 */
export function setGlobalData<K extends keyof WerkcentrumData>(config: EleventyConfig, key: K, value: WerkcentrumData[K]): void {
  let data = objects.get(config);
  if (!data) {
    data = {};
    objects.set(config, data);
    config.addGlobalData(GLOBAL_DATA_NAME, data);
  }
  data[key] = value;
}

/**
 * Freezes `werkcentrum` and everything in it, once the plugin has set it all. Eleventy copies every plain object of
 * the data cascade into every page's data, all the way down, except an object that is frozen, which every page then
 * shares (getMergedItem in @11ty/eleventy-utils, Merge.js). `werkcentrum` holds every region of the registry, the
 * site's images and the landing page's data: copying it for each of 220 pages took about a quarter of a preview
 * render's time, in copying and in collecting the copies (docs/performance.md, "Preview"). Frozen all the way down,
 * a template that tried to change what every page shares stops with an error instead.
 */
export function freezeGlobalData(config: EleventyConfig): void {
  const data = objects.get(config);
  if (data) deepFreeze(data);
}

/** Freezes `value` and every object under it; an object frozen already is still walked, as its children may not be. */
function deepFreeze(value: unknown, seen = new WeakSet<object>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
}
