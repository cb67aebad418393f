import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface RegionProperties {
  readonly am_code: string;
  readonly am_naam: string;
}
export type RegionFeatures = FeatureCollection<Polygon | MultiPolygon, RegionProperties>;

const OBJECT = "arbeidsmarktregio";

/** The CBS indeling the boundary files follow (packages/regions/data/geo/SOURCES.md: the newest the source has). */
export const BOUNDARY_YEAR = 2025;
/** Who made the boundaries, as the map's credit line and the open data name them (SOURCES.md, "Licence"). */
export const BOUNDARY_SOURCE = `CBS/PDOK, Gebiedsindelingen ${BOUNDARY_YEAR} (bewerkt)`;

/**
 * The boundary file that the @werkcentrum/regions package exports and publishes, so the build reads nothing
 * outside the repository (or outside node_modules once published).
 */
export function regionTopologyPath(): string {
  return createRequire(import.meta.url).resolve(`@werkcentrum/regions/geo/arbeidsmarktregio_${BOUNDARY_YEAR}.topojson`);
}

let cached: RegionFeatures | undefined;

/**
 * The 35 regions as GeoJSON features. Decoded with topojson-client, whose rings are clockwise: the order
 * d3-geo expects (the RFC 7946 GeoJSON beside it would be read inside out; see data/geo/SOURCES.md).
 */
export function regionFeatures(): RegionFeatures {
  if (cached) return cached;
  const file = regionTopologyPath();
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{
    [OBJECT]: GeometryCollection<RegionProperties>;
  }>;
  const object = topology.objects?.[OBJECT];
  if (!object || object.type !== "GeometryCollection") {
    throw new Error(`${file} has no GeometryCollection named "${OBJECT}"`);
  }
  cached = feature(topology, object) as RegionFeatures;
  return cached;
}
