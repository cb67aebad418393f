export { DATA_SOURCE, DATA_YEAR, LANDING_HOST } from "./constants.js";
export { allGemeenten, allRegions, getRegion } from "./registry.js";
export type { CentrumgemeenteStatus, Gemeente, GemeenteCode, Region, RegionCode } from "./registry.js";
export { siteProfileSchema } from "./site-profile.js";
export type { SiteProfile } from "./site-profile.js";
export { toSlug } from "./slug.js";
