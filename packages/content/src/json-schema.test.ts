import { describe, expect, it } from "vitest";
import { contentJsonSchema, landingSiteJsonSchema, schemaFileName, siteJsonSchema } from "./json-schema.js";
import { contentTypes } from "./schemas/index.js";

const asFile = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

// The committed files in schemas/ are what editors' tools read. Regenerate them with `npx vitest run -u` after a
// schema change, and review the diff like any other change.
describe("published JSON Schemas", () => {
  it.each(contentTypes)("schemas/%s.json matches the zod schema", async (type) => {
    await expect(asFile(contentJsonSchema(type))).toMatchFileSnapshot(`../schemas/${schemaFileName(type)}`);
  });

  it("schemas/site.json matches the site.yml schema", async () => {
    await expect(asFile(siteJsonSchema())).toMatchFileSnapshot(`../schemas/${schemaFileName("site")}`);
  });

  it("schemas/landing-site.json matches werkcentrum.nl's site.yml schema", async () => {
    await expect(asFile(landingSiteJsonSchema())).toMatchFileSnapshot(`../schemas/${schemaFileName("landing-site")}`);
  });

  it("gives werkcentrum.nl's site.yml the law's blocks and contact, and none of a region's fields", () => {
    const landing = landingSiteJsonSchema() as { additionalProperties: boolean; properties: Record<string, unknown>; required?: string[] };
    const region = siteJsonSchema() as { properties: Record<string, unknown> };
    expect(landing.additionalProperties).toBe(false);
    expect(Object.keys(landing.properties).sort()).toEqual(["contact", "privacy", "toegankelijkheid", "verantwoordelijke"]);
    expect(landing.required ?? []).toEqual([]);
    // The shared blocks are the same schema on both: one definition in @werkcentrum/regions.
    for (const name of Object.keys(landing.properties)) expect(landing.properties[name], name).toEqual(region.properties[name]);
  });

  it("refuses unknown fields and describes every field in Dutch", () => {
    const schema = contentJsonSchema("dienst") as {
      additionalProperties: boolean;
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["titel", "samenvatting", "voor", "aanbieder", "aanmelden"]);
    for (const [name, field] of Object.entries(schema.properties)) expect(field.description, name).toMatch(/\w{3}/);
  });
});
