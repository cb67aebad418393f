// The "@werkcentrum/regions/finder" entry: everything the landing page's gemeente finder needs, and nothing that
// needs Node or zod, so esbuild can bundle it for the browser (src/finder.test.ts checks both, and the size).
export { gemeenteAliases } from "./aliases.js";
export type { GemeenteAlias } from "./aliases.js";
export { DATA_SOURCE, DATA_YEAR, LANDING_HOST } from "./constants.js";
export { finderIndex } from "./finder-index.js";
export type { FinderIndex } from "./finder-index.js";
export { foldKey, foldWords } from "./fold.js";
export { getGemeente, regionForGemeente, searchGemeenten } from "./lookup.js";
export type { GemeenteLookup, GemeenteMatch, GemeenteSuggestion, SearchOptions, SuggestionMatch } from "./lookup.js";
export { allGemeenten, allRegions, getRegion } from "./registry.js";
export type { CentrumgemeenteStatus, Gemeente, GemeenteCode, Region, RegionCode } from "./registry.js";
