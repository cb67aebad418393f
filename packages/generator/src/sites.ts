import { allRegions, LANDING_HOST, type Region } from "@werkcentrum/regions";

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
