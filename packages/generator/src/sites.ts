import { join } from "node:path";
import { assertValidSite, checkSite, type CheckOptions, type ParsedFiles, type SiteFiles, type SiteReport } from "@werkcentrum/content";
import { allRegions, LANDING_HOST, type Region } from "@werkcentrum/regions";
import { displayPath } from "./paths.js";

/** One site the generator builds: the national landing site or a regional site. */
export type SiteDefinition =
  | { readonly kind: "landing"; readonly slug: string; readonly host: string; readonly title: string }
  | { readonly kind: "region"; readonly slug: string; readonly host: string; readonly title: string; readonly region: Region };

/** The landing site's folder under `sites/` is named after its host. */
export const landingSite: SiteDefinition = Object.freeze({
  kind: "landing",
  slug: LANDING_HOST,
  host: LANDING_HOST,
  title: "Werkcentrum",
});

/** Every site, derived from the region registry: the landing site first, then the 35 regions in CBS order. */
export const allSites: readonly SiteDefinition[] = Object.freeze([
  landingSite,
  ...allRegions.map((region) =>
    Object.freeze({ kind: "region" as const, slug: region.slug, host: region.host, title: `Werkcentrum ${region.name}`, region }),
  ),
]);

export function getSite(slug: string): SiteDefinition | undefined {
  return allSites.find((site) => site.slug === slug);
}

/**
 * The national base texts a site gets where it has no page of its own: every one on a regional site, none on
 * werkcentrum.nl (its pages are its own; the pages the law asks of every site are generated: pages/legal.ts).
 */
export function baseTextsOf(site: SiteDefinition): CheckOptions["baseTexts"] {
  return site.kind === "region";
}

/**
 * Reads a site folder once into its model (`checkSite`): the only input of the build, the preview and `check`.
 */
export interface ReadSiteModelOptions {
  /** Count warnings as errors. */
  strict?: boolean;
  /** Throw a ContentError listing every error, as the build does. */
  assert?: boolean;
  /** The site folder as already read (`readSiteFiles`), so it is read only once. */
  files?: SiteFiles | undefined;
  /** The image cache folder, where the check keeps what decoding each image found (CheckOptions.imageCache). */
  imageCache?: string | undefined;
  /** What earlier reads of the folder parsed (CheckOptions.parsed): the preview keeps it between rebuilds. */
  parsed?: ParsedFiles | undefined;
}

export function readSiteModel(site: SiteDefinition, sitesDir: string, options: ReadSiteModelOptions = {}): Promise<SiteReport> {
  const check = options.assert ? assertValidSite : checkSite;
  const siteDir = join(sitesDir, site.slug);
  // Problems name files relative to the working directory (the repository root for `npm run` scripts).
  return check(siteDir, {
    kind: site.kind,
    baseTexts: baseTextsOf(site),
    displayDir: displayPath(siteDir),
    strict: options.strict,
    files: options.files,
    imageCache: options.imageCache,
    parsed: options.parsed,
  });
}
