import { describe, expect, it } from "vitest";
import { contentJsonSchema, schemaFileName, siteJsonSchema } from "./json-schema.js";
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

  it("refuses unknown fields and describes every field in Dutch", () => {
    const schema = contentJsonSchema("dienst") as { additionalProperties: boolean; properties: Record<string, { description?: string }>; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["titel", "samenvatting", "voor", "aanbieder", "aanmelden"]);
    for (const [name, field] of Object.entries(schema.properties)) expect(field.description, name).toMatch(/\w{3}/);
  });
});
