import { allRegions, getRegion, type SiteProfile } from "@werkcentrum/regions";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { findProjectPaths } from "../paths.js";
import { readRegionProfiles } from "./landing.js";
import { OPEN_DATA_FILES, OPEN_DATA_VERSION, openDataFields, openDataFiles } from "./open-data.js";

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

let profiles: Map<string, SiteProfile | undefined>;
let files: Map<string, string>;

beforeAll(async () => {
  profiles = await readRegionProfiles(findProjectPaths(new URL(".", import.meta.url).pathname).sitesDir);
  files = openDataFiles(profiles);
});

function validator(schemaPath: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(files.get(schemaPath)!));
}

const parsed = (path: string) => JSON.parse(files.get(path)!) as Record<string, any>;

describe("open data on werkcentrum.nl", () => {
  it("regios.json validates against its published JSON Schema and lists all 35 regions once, by code", () => {
    const validate = validator(OPEN_DATA_FILES.jsonSchema);
    const data = parsed(OPEN_DATA_FILES.json);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.regios).toHaveLength(35);
    expect(data.regios.map((r: { code: string }) => r.code)).toEqual(allRegions.map((r) => r.code).sort());
    expect(data.versie).toBe(OPEN_DATA_VERSION);
    expect(data.$schema).toBe(`https://werkcentrum.nl${OPEN_DATA_FILES.jsonSchema}`);
  });

  it("regios.geojson validates against its schema, with every region's outline in RFC 7946 ring order", () => {
    const validate = validator(OPEN_DATA_FILES.geojsonSchema);
    const data = parsed(OPEN_DATA_FILES.geojson);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.features).toHaveLength(35);
    expect(data.features.map((f: { id: string }) => f.id)).toEqual(allRegions.map((r) => r.code).sort());
    expect(data.grenzen).toEqual({ bron: "CBS/PDOK, Gebiedsindelingen 2025 (bewerkt)", jaar: 2025 });
    // RFC 7946 section 3.1.6: exterior rings counter-clockwise, i.e. a positive shoelace area in lon/lat.
    const area = (ring: number[][]) =>
      ring.reduce((sum, [x, y], i) => sum + x! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * y!, 0) / 2;
    for (const feature of data.features) {
      const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) expect(area(polygon[0]), feature.id).toBeGreaterThan(0);
    }
  });

  it("holds the member gemeenten, the host, status, form and existing website of each region", () => {
    const rijnmond = getRegion("AM22")!;
    const record = parsed(OPEN_DATA_FILES.json).regios.find((r: { code: string }) => r.code === "AM22");
    expect(record.website).toBe(`https://${rijnmond.host}/`);
    expect(record.gemeenten.map((g: { code: string }) => g.code).sort()).toEqual(rijnmond.gemeenten.map((g) => g.code).sort());
    const total = parsed(OPEN_DATA_FILES.json).regios.reduce((sum: number, r: { gemeenten: unknown[] }) => sum + r.gemeenten.length, 0);
    expect(total).toBe(342);
  });

  it("takes status, form and existing website from the profiles it is given (the last published ones)", () => {
    const given = new Map(profiles);
    const base = profiles.get("rijnmond") ?? ({ code: "AM22", naam: "Rijnmond" } as SiteProfile);
    given.set("rijnmond", { ...base, status: "actief", vorm: "beide" } as SiteProfile);
    given.set("drenthe", {
      ...(profiles.get("drenthe") as SiteProfile),
      status: "in-ontwikkeling",
      bestaandeWebsite: { url: "https://loket.voorbeeld.nl/", soort: "Leerwerkloket" },
    } as SiteProfile);
    const data = JSON.parse(openDataFiles(given).get(OPEN_DATA_FILES.json)!);
    const byCode = new Map(data.regios.map((r: { code: string }) => [r.code, r]));
    expect(byCode.get("AM22")).toMatchObject({ status: "actief", vorm: "beide", bestaandeWebsite: null });
    const drenthe = data.regios.find((r: { naam: string }) => r.naam === "Drenthe");
    expect(drenthe.bestaandeWebsite).toEqual({ url: "https://loket.voorbeeld.nl/", soort: "Leerwerkloket", naam: null });
    expect(validator(OPEN_DATA_FILES.jsonSchema)(data)).toBe(true);
  });

  it("is deterministic: the same profiles give the same bytes", () => {
    expect(openDataFiles(profiles)).toEqual(files);
    expect(files.get(OPEN_DATA_FILES.json)).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it("rejects what breaks the format: the schema is not a formality", () => {
    const validate = validator(OPEN_DATA_FILES.jsonSchema);
    const data = parsed(OPEN_DATA_FILES.json);
    const cases: Array<[string, (d: any) => void]> = [
      ["an unknown status", (d) => (d.regios[0].status = "open")],
      ["a missing field", (d) => delete d.regios[0].vorm],
      ["an extra field", (d) => (d.regios[0].telefoon = "010")],
      ["another version", (d) => (d.versie = OPEN_DATA_VERSION + 1)],
      ["a website that is no address", (d) => (d.regios[0].website = "rijnmond")],
    ];
    for (const [name, breakIt] of cases) {
      const copy = structuredClone(data);
      breakIt(copy);
      expect(validate(copy), name).toBe(false);
    }
  });

  it("publishes schemas that are guarded by a snapshot, so a format change is a visible diff", async () => {
    await expect(files.get(OPEN_DATA_FILES.jsonSchema)).toMatchFileSnapshot("./__snapshots__/regios.schema.json");
    await expect(files.get(OPEN_DATA_FILES.geojsonSchema)).toMatchFileSnapshot("./__snapshots__/regios.geojson.schema.json");
  });

  it("explains every field of a region record on /open-data/, in Dutch, from the schema", () => {
    const fields = openDataFields();
    expect(fields.map((f) => f.name)).toEqual(Object.keys(parsed(OPEN_DATA_FILES.json).regios[0]));
    expect(fields.every((f) => f.description.length > 10)).toBe(true);
    expect(fields.find((f) => f.name === "status")?.type).toBe('"actief", "in-ontwikkeling"');
  });
});
