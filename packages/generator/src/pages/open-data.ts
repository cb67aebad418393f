import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { openDataUrls } from "@werkcentrum/content";
import {
  allRegions,
  DATA_SOURCE,
  DATA_YEAR,
  LANDING_HOST,
  type BestaandeWebsite,
  type SiteProfile,
  type WerkcentrumStatus,
  type WerkcentrumVorm,
} from "@werkcentrum/regions";
import { z } from "zod";
import { BOUNDARY_SOURCE, BOUNDARY_YEAR } from "../svg/map/topology.js";

/**
 * Open data on werkcentrum.nl: every region with its Werkcentrum as JSON and as GeoJSON (RFC 7946), each with a
 * JSON Schema (draft 2020-12) generated from the zod schemas below, so the published schema and the published
 * data cannot drift apart. The nginx server block serves this folder with `Access-Control-Allow-Origin: *`
 * (deploy/nginx.ts), so other government sites can read it from the browser.
 */
export const OPEN_DATA_DIR = openDataUrls.files;

/**
 * Raised by one on a change that can break a reader: a field removed, renamed or given another meaning or type.
 * A new optional field keeps the number. The page /open-data/ says so to the readers.
 */
export const OPEN_DATA_VERSION = 1;

export const OPEN_DATA_FILES = {
  json: `${OPEN_DATA_DIR}regios.json`,
  jsonSchema: `${OPEN_DATA_DIR}regios.schema.json`,
  geojson: `${OPEN_DATA_DIR}regios.geojson`,
  geojsonSchema: `${OPEN_DATA_DIR}regios.geojson.schema.json`,
} as const;

const absolute = (path: string) => `https://${LANDING_HOST}${path}`;

// Exhaustive at compile time: a new status or form in site.yml's schema fails the type check here.
const STATUSES = Object.keys({ actief: 0, "in-ontwikkeling": 0 } satisfies Record<WerkcentrumStatus, 0>) as [
  WerkcentrumStatus,
  ...WerkcentrumStatus[],
];
const FORMS = Object.keys({ fysiek: 0, digitaal: 0, beide: 0 } satisfies Record<WerkcentrumVorm, 0>) as [WerkcentrumVorm, ...WerkcentrumVorm[]];
const KINDS = Object.keys({ RMT: 0, WerkgeversServicepunt: 0, Leerwerkloket: 0, anders: 0 } satisfies Record<BestaandeWebsite["soort"], 0>) as [
  BestaandeWebsite["soort"],
  ...BestaandeWebsite["soort"][],
];

// The descriptions are published in the JSON Schema and on /open-data/, so they are Dutch, for the readers.
const gemeente = z
  .strictObject({
    code: z
      .string()
      .regex(/^GM\d{4}$/)
      .describe("CBS-code van de gemeente, bijvoorbeeld GM0599."),
    naam: z.string().min(1).describe("Naam van de gemeente zoals CBS die schrijft."),
  })
  .meta({ id: "gemeente" });

const regio = z
  .strictObject({
    code: z
      .string()
      .regex(/^AM\d{2}$/)
      .describe("CBS-code van de arbeidsmarktregio, bijvoorbeeld AM22. AM04, AM16 en AM31 bestaan niet."),
    naam: z.string().min(1).describe("Naam van de arbeidsmarktregio zoals CBS die schrijft."),
    website: z.url().describe("Adres van de website van het Werkcentrum van de regio op werkcentrum.nl."),
    status: z.enum(STATUSES).describe("Is het Werkcentrum open (actief) of wordt het nog opgezet (in-ontwikkeling)?"),
    vorm: z
      .enum(FORMS)
      .nullable()
      .describe(
        "Kunnen mensen langskomen (fysiek), alleen online terecht (digitaal), of allebei (beide)? null als de regio dat nog niet heeft ingevuld.",
      ),
    bestaandeWebsite: z
      .strictObject({
        url: z.url().describe("Adres van de website."),
        soort: z.enum(KINDS).describe("Wat voor website: RMT, WerkgeversServicepunt, Leerwerkloket of anders."),
        naam: z.string().min(1).nullable().describe("Naam van de website, of null."),
      })
      .nullable()
      .describe(
        "De website die de regio gebruikt zolang haar Werkcentrum in ontwikkeling is, of null: url, soort (RMT, WerkgeversServicepunt, Leerwerkloket of anders) en naam (of null). werkcentrum.nl verwijst daarheen.",
      ),
    centrumgemeente: gemeente.nullable().describe("De centrumgemeente, met code en naam, als een openbare bron die noemt; anders null."),
    gemeenten: z.array(gemeente).min(1).describe("Alle gemeenten van de regio, elk met code en naam, op CBS-code."),
  })
  .meta({ id: "regio" });

export type OpenDataRegio = z.infer<typeof regio>;

const versie = z.literal(OPEN_DATA_VERSION).describe("Versie van het formaat. Gaat alleen omhoog als een bestaand veld verdwijnt of verandert.");

const indeling = z
  .strictObject({
    bron: z.string().min(1).describe("Bron van de indeling in regio's en gemeenten."),
    jaar: z.int().min(2000).max(2100).describe("Jaar van de indeling."),
  })
  .describe("Welke indeling van CBS de lijst volgt.");

export const regiosSchema = z
  .strictObject({
    $schema: z.literal(absolute(OPEN_DATA_FILES.jsonSchema)).describe("Adres van dit schema."),
    versie,
    indeling,
    regios: z.array(regio).min(1).describe("Alle arbeidsmarktregio's, op CBS-code."),
  })
  .describe("De Werkcentra in de 35 arbeidsmarktregio's van Nederland, van werkcentrum.nl.");

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
const polygon = z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) });
const multiPolygon = z.strictObject({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) });

export const regiosGeojsonSchema = z
  .strictObject({
    type: z.literal("FeatureCollection"),
    // Foreign members, allowed by RFC 7946 section 6.1.
    versie,
    indeling,
    grenzen: z
      .strictObject({
        bron: z.string().min(1).describe("Bron van de grenzen."),
        jaar: z.int().min(2000).max(2100).describe("Jaar van de indeling waar de grenzen bij horen."),
      })
      .describe("Waar de grenzen van de regio's vandaan komen."),
    features: z
      .array(
        z.strictObject({
          type: z.literal("Feature"),
          id: z
            .string()
            .regex(/^AM\d{2}$/)
            .describe("CBS-code van de regio, gelijk aan properties.code."),
          properties: regio,
          geometry: z
            .union([polygon, multiPolygon])
            .describe("Grens van de regio: lengte- en breedtegraad (WGS84), buitenringen tegen de klok in (RFC 7946)."),
        }),
      )
      .min(1),
  })
  .describe("De Werkcentra in de 35 arbeidsmarktregio's van Nederland met hun grenzen, van werkcentrum.nl (GeoJSON, RFC 7946).");

/** The published JSON Schema of a file, with its own address as `$id`. */
export function jsonSchemaOf(schema: z.ZodType, path: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { $schema, $id: absolute(path), ...rest };
}

/** One region's record, from the profile its last successful build published (or none: in development). */
function regioRecord(region: (typeof allRegions)[number], profile: SiteProfile | undefined): OpenDataRegio {
  const legacy = profile?.bestaandeWebsite;
  return {
    code: region.code,
    naam: region.name,
    website: `https://${region.host}/`,
    status: profile?.status ?? "in-ontwikkeling",
    vorm: profile?.vorm ?? null,
    bestaandeWebsite: legacy ? { url: legacy.url, soort: legacy.soort, naam: legacy.naam ?? null } : null,
    // Only a centrumgemeente a public source names: an inferred one is not published as a fact (sections/about.ts does the same).
    centrumgemeente: region.centrumgemeente.status === "sourced" ? { code: region.centrumgemeente.code, naam: region.centrumgemeente.name } : null,
    gemeenten: [...region.gemeenten].sort((a, b) => a.code.localeCompare(b.code)).map((g) => ({ code: g.code, naam: g.name })),
  };
}

const byCode = <T extends { code: string }>(items: readonly T[]) => [...items].sort((a, b) => a.code.localeCompare(b.code));

/** regios.json: deterministic (sorted by code, no build date), so an unchanged input gives the same bytes. */
export function regiosJson(profiles: ReadonlyMap<string, SiteProfile | undefined>): z.infer<typeof regiosSchema> {
  return {
    $schema: absolute(OPEN_DATA_FILES.jsonSchema),
    versie: OPEN_DATA_VERSION,
    indeling: { bron: DATA_SOURCE, jaar: DATA_YEAR },
    regios: byCode(allRegions).map((region) => regioRecord(region, profiles.get(region.slug))),
  };
}

interface BoundaryFeature {
  id?: string;
  properties: { am_code: string };
  geometry: z.infer<typeof polygon> | z.infer<typeof multiPolygon>;
}

let boundaries: Map<string, BoundaryFeature["geometry"]> | undefined;

/** The RFC 7946 boundary file that @werkcentrum/regions publishes (data/geo/SOURCES.md), by region code. */
function boundaryGeometries(): Map<string, BoundaryFeature["geometry"]> {
  if (boundaries) return boundaries;
  const file = createRequire(import.meta.url).resolve(`@werkcentrum/regions/geo/arbeidsmarktregio_${BOUNDARY_YEAR}.geojson`);
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features: BoundaryFeature[] };
  boundaries = new Map(collection.features.map((feature) => [feature.properties.am_code, feature.geometry]));
  return boundaries;
}

/** regios.geojson: the same records as regios.json, each with its region's outline. */
export function regiosGeojson(profiles: ReadonlyMap<string, SiteProfile | undefined>): z.infer<typeof regiosGeojsonSchema> {
  const geometries = boundaryGeometries();
  const data = regiosJson(profiles);
  return {
    type: "FeatureCollection",
    versie: data.versie,
    indeling: data.indeling,
    grenzen: { bron: BOUNDARY_SOURCE, jaar: BOUNDARY_YEAR },
    features: data.regios.map((properties) => {
      const geometry = geometries.get(properties.code);
      if (!geometry) throw new Error(`the boundary file has no outline for ${properties.code} (packages/regions/data/geo/SOURCES.md)`);
      return { type: "Feature" as const, id: properties.code, properties, geometry };
    }),
  };
}

/** Every file of the open data, by its path on werkcentrum.nl, as the bytes to write (deterministic). */
export function openDataFiles(profiles: ReadonlyMap<string, SiteProfile | undefined>): Map<string, string> {
  const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    [OPEN_DATA_FILES.json, pretty(regiosJson(profiles))],
    [OPEN_DATA_FILES.jsonSchema, pretty(jsonSchemaOf(regiosSchema, OPEN_DATA_FILES.jsonSchema))],
    // Compact: the outlines are 2,200 coordinate pairs; indenting them would triple the file.
    [OPEN_DATA_FILES.geojson, `${JSON.stringify(regiosGeojson(profiles))}\n`],
    [OPEN_DATA_FILES.geojsonSchema, pretty(jsonSchemaOf(regiosGeojsonSchema, OPEN_DATA_FILES.geojsonSchema))],
  ]);
}

/** One row of the field table on /open-data/, read from the schema, so the page explains what is published. */
export interface OpenDataField {
  name: string;
  type: string;
  description: string;
}

function typeText(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(typeText).join(" of ");
  if (schema.$ref) return "object";
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((value) => `"${String(value)}"`).join(", ");
  if (schema.type === "array") return `lijst van ${typeText(schema.items as Record<string, unknown>)}`;
  if (schema.format === "uri") return "webadres";
  return { string: "tekst", integer: "geheel getal", number: "getal", object: "object", null: "null" }[String(schema.type)] ?? String(schema.type);
}

/** The fields of one region record, in the order of the schema. */
export function openDataFields(): OpenDataField[] {
  const schema = z.toJSONSchema(regio, { target: "draft-2020-12" }) as {
    properties?: Record<string, Record<string, unknown>>;
    $defs?: Record<string, { properties: Record<string, Record<string, unknown>> }>;
  };
  const properties = schema.properties ?? schema.$defs?.regio?.properties ?? {};
  return Object.entries(properties).map(([name, property]) => ({ name, type: typeText(property), description: String(property.description ?? "") }));
}
