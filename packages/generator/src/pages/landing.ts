import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ContentError, readSiteProfile, type ContentProblem } from "@werkcentrum/content";
import { allRegions, DATA_SOURCE, type SiteProfile } from "@werkcentrum/regions";
import type { MapLegendParams } from "@werkcentrum/theme";
import { setGlobalData } from "../global-data.js";
import { renderRegionMap } from "../svg/index.js";
import { MAP_CREDIT } from "../svg/map/map.js";
import { browserBundle } from "../browser-bundle.js";
import { gemeenteGroups, regionLinks, type FinderGroup, type RegionLink } from "./landing-data.js";
import { openDataFiles } from "./open-data.js";
import { OPEN_DATA_PAGE, openDataPage } from "./open-data-page.js";
import { virtualPage } from "./shared.js";
import type { PageModule } from "./types.js";

/** What the theme's `landing` layout reads (global data `werkcentrum.landing`). */
export interface LandingData {
  regions: RegionLink[];
  /** The map's SVG, its credit and description, and the legend's items for the theme's `map-legend` component. */
  map: { svg: string; legend: MapLegendParams["items"]; credit: string; description: string };
  gemeenteGroups: FinderGroup[];
  gemeenteCount: number;
  /** `/assets/finder.<hash>.js`: the type-ahead, loaded only on the landing page. */
  finderScript: string;
  /** `/open-data/`: the page that explains the open data files. */
  openDataPage: string;
}

/**
 * Every region's validated `site.yml`, from the `sites/` folder beside the landing site's (turbo lists
 * `sites/*\/site.yml` as the landing build's inputs). A region without one counts as in development without a
 * legacy site; an invalid one stops the build with the region editor's file, line and field.
 */
export async function readRegionProfiles(sitesDir: string): Promise<Map<string, SiteProfile | undefined>> {
  const profiles = new Map<string, SiteProfile | undefined>();
  const problems: ContentProblem[] = [];
  for (const region of allRegions) {
    const file = join(sitesDir, region.slug, "site.yml");
    if (!existsSync(file)) {
      profiles.set(region.slug, undefined);
      continue;
    }
    const result = await readSiteProfile(file);
    problems.push(...result.problems.filter((problem) => problem.severity === "error"));
    profiles.set(region.slug, result.data);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return profiles;
}

/** The landing page's data from the regions' profiles. */
export function landingData(profiles: ReadonlyMap<string, SiteProfile | undefined>, finderScript: string): LandingData {
  const regions = regionLinks(profiles);
  // The map draws regions in the order given, which is also the Tab order: alphabetical, like the list.
  const map = renderRegionMap({
    regions: regions.map((region) => ({
      code: region.code,
      name: region.via ? `Werkcentrum ${region.name} (${region.via})` : `Werkcentrum ${region.name}`,
      href: region.href,
      status: region.status,
      ...(region.vorm ? { form: region.vorm } : {}),
      label: region.name,
    })),
    idPrefix: "regiokaart",
    // Both sources and their years: the outlines (CBS indeling 2025) and which gemeente is in which region (2026).
    credit: `${MAP_CREDIT}. Indeling in regio's en gemeenten: ${DATA_SOURCE}.`,
  });
  const groups = gemeenteGroups(regions);
  return {
    regions,
    map: { svg: map.svg, legend: [...map.legend], credit: map.credit, description: map.description },
    gemeenteGroups: groups,
    gemeenteCount: allRegions.reduce((sum, region) => sum + region.gemeenten.length, 0),
    finderScript,
    openDataPage: OPEN_DATA_PAGE,
  };
}

/**
 * The home page of werkcentrum.nl: the map, the gemeente finder and every region with its status, for
 * the theme's `landing` layout (in `werkcentrum build`, the status each region's last successful build published); and
 * the finder's script, written to `/assets/` after Eleventy has built the site.
 */
export const addLandingPage: PageModule = async (config, { site, siteDir, regionProfiles }) => {
  if (site.kind !== "landing") return;
  // In a multi-site build, what each region's last successful build published (build-all.ts); else every site.yml.
  const profiles = regionProfiles ?? (await readRegionProfiles(dirname(siteDir)));
  const bundle = await browserBundle("finder");
  setGlobalData(config, "landing", landingData(profiles, `/assets/${bundle.fileName}`));
  // The open data comes from the same profiles as the page, so both show each region's last published status.
  virtualPage(config, "open-data", openDataPage(), `{% extends "pages/open-data.njk" %}`);
  const data = openDataFiles(profiles);
  config.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const assets = join(directories.output, "assets");
    await mkdir(assets, { recursive: true });
    await writeFile(join(assets, bundle.fileName), bundle.code);
    for (const [path, text] of data) {
      const file = join(directories.output, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  });
};
