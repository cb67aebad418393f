import { gemeenteAliases } from "./aliases.js";
import { DATA_SOURCE, DATA_YEAR } from "./constants.js";
import { allGemeenten, allRegions, type GemeenteCode, type RegionCode } from "./registry.js";

/**
 * A compact, JSON-ready map of gemeente → region for clients that do their own matching (see README for its
 * size). Tuples instead of objects keep it small; `format` changes when the shape does.
 */
export interface FinderIndex {
  readonly format: 1;
  readonly source: string;
  readonly year: number;
  /** `[code, name, host]`, in CBS code order. */
  readonly regions: readonly (readonly [code: RegionCode, name: string, host: string])[];
  /** `[code, name, region code]`, sorted by name. */
  readonly gemeenten: readonly (readonly [code: GemeenteCode, name: string, region: RegionCode])[];
  /** `[everyday name, gemeente code]`, for example `["Den Haag", "GM0518"]`. */
  readonly aliases: readonly (readonly [alias: string, code: GemeenteCode])[];
}

/** Builds the compact gemeente → region map. `JSON.stringify(finderIndex())` is what a browser would fetch. */
export function finderIndex(): FinderIndex {
  return {
    format: 1,
    source: DATA_SOURCE,
    year: DATA_YEAR,
    regions: allRegions.map((r) => [r.code, r.name, r.host] as const),
    gemeenten: allGemeenten.map((g) => [g.code, g.name, g.regionCode] as const),
    aliases: gemeenteAliases.map((a) => [a.alias, a.code] as const),
  };
}
