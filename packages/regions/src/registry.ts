import { byName, compareNl } from "./collate.js";
import { LANDING_HOST } from "./constants.js";
import { gemeenteRows, regionRows } from "./data.generated.js";
import { toSlug } from "./slug.js";

/** A CBS arbeidsmarktregio code. CBS numbers run AM01–AM38; AM04, AM16 and AM31 do not exist. */
export type RegionCode = (typeof regionRows)[number][0];
/** A CBS gemeente code such as `GM0014`. */
export type GemeenteCode = (typeof gemeenteRows)[number][0];

/** Whether a public source states the centrumgemeente, or it was inferred (see data/SOURCES.md). */
export type CentrumgemeenteStatus = "sourced" | "inferred";

export interface Gemeente {
  /** CBS code, for example `GM0599`. */
  readonly code: GemeenteCode;
  /** Official CBS name, for example `Rotterdam` or `Hengelo (O.)`. */
  readonly name: string;
  /** CBS code of the arbeidsmarktregio the gemeente belongs to. */
  readonly regionCode: RegionCode;
  /** Province, as CBS spells it (`Fryslân`). */
  readonly province: string;
}

export interface Region {
  /** CBS code, for example `AM19`. */
  readonly code: RegionCode;
  /** Official CBS name, for example `Rijnmond`. */
  readonly name: string;
  /** Site slug and folder name under `sites/`, for example `rijnmond`. */
  readonly slug: string;
  /** Host name of the regional site, for example `rijnmond.werkcentrum.nl`. */
  readonly host: string;
  readonly centrumgemeente: Gemeente & { readonly status: CentrumgemeenteStatus };
  /** Provinces the region spans, sorted. */
  readonly provinces: readonly string[];
  /** Member gemeenten, sorted by name. */
  readonly gemeenten: readonly Gemeente[];
}

/** All 342 gemeenten, sorted by name. */
export const allGemeenten: readonly Gemeente[] = Object.freeze(
  gemeenteRows.map(([code, name, regionCode, province]) => Object.freeze({ code, name, regionCode, province })).sort(byName),
);

const gemeenteByCode = new Map(allGemeenten.map((g) => [g.code, g]));

/** All 35 arbeidsmarktregio's, in CBS code order. */
export const allRegions: readonly Region[] = Object.freeze(
  regionRows.map(([code, name, centrumCode, status]): Region => {
    const gemeenten = allGemeenten.filter((g) => g.regionCode === code);
    const centrum = gemeenteByCode.get(centrumCode);
    if (!centrum) throw new Error(`Centrumgemeente ${centrumCode} of ${code} is not a known gemeente`);
    const slug = toSlug(name);
    return Object.freeze({
      code,
      name,
      slug,
      host: `${slug}.${LANDING_HOST}`,
      centrumgemeente: Object.freeze({ ...centrum, status }),
      provinces: Object.freeze([...new Set(gemeenten.map((g) => g.province))].sort(compareNl)),
      gemeenten: Object.freeze(gemeenten),
    });
  }),
);

const regionByKey = new Map<string, Region>();
for (const region of allRegions) {
  for (const key of [region.code, region.slug, region.name]) regionByKey.set(key.toLowerCase(), region);
}

/** Finds a region by its CBS code (`AM19`), slug (`rijnmond`) or name (`Rijnmond`), ignoring case. */
export function getRegion(slugOrCodeOrName: string): Region | undefined {
  return regionByKey.get(slugOrCodeOrName.trim().toLowerCase()) ?? regionByKey.get(toSlug(slugOrCodeOrName));
}
