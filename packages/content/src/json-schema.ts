import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { landingProfileSchema, siteProfileSchema } from "@werkcentrum/regions";
import { z } from "zod";
import { contentSchemas, contentTypeLabels, type ContentType } from "./schemas/index.js";

/**
 * JSON Schema for the editors' tools (VS Code's YAML extension, through the mapping in `.vscode/settings.json`).
 * Draft-07, the draft yaml-language-server supports best; the input side, so fields with a default are optional.
 * The generator uses it for the schema of redirects.yml, whose zod schema lives there.
 */
export function jsonSchemaOf(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-07", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return withDutchErrors({ $schema: json.$schema, title, ...json });
}

type JsonSchema = Record<string, unknown>;
const isSchema = (value: unknown): value is JsonSchema => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (values: readonly unknown[]) => values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ");

/**
 * yaml-language-server speaks English and has no Dutch translation; where a schema has `errorMessage`, it shows that
 * instead (for a wrong type, a value not in the list, a pattern or format, and on an object for an unknown or
 * missing field). This adds a Dutch one to every node, made from what the schema itself says: the allowed values,
 * the fields, or the field's description. Too short or too long texts and lists keep the server's English.
 */
function withDutchErrors(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" || key === "$defs" || key === "definitions") {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, child]) => [name, isSchema(child) ? withDutchErrors(child) : child]),
      );
    } else if (Array.isArray(value) && ["anyOf", "oneOf", "allOf"].includes(key)) {
      out[key] = value.map((child) => (isSchema(child) ? withDutchErrors(child) : child));
    } else if (isSchema(value) && ["items", "additionalProperties", "not"].includes(key)) {
      out[key] = withDutchErrors(value);
    } else out[key] = value;
  }
  const message = dutchErrorMessage(schema);
  if (message) out.errorMessage = message;
  return out;
}

function dutchErrorMessage(schema: JsonSchema): string | undefined {
  const description = typeof schema.description === "string" ? ` ${schema.description}` : "";
  if (Array.isArray(schema.enum)) return `Kies een van deze waarden: ${list(schema.enum)}.`;
  if (schema.const !== undefined) return `Hier hoort precies deze waarde: ${list([schema.const])}.`;
  if (schema.type === "object" && isSchema(schema.properties)) {
    const required = Array.isArray(schema.required) && schema.required.length > 0 ? ` Verplicht: ${list(schema.required)}.` : "";
    return `Onbekend of ontbrekend veld, of hier hoort een groep velden (naam: waarde).${required} Mogelijke velden hier: ${list(Object.keys(schema.properties))}.`;
  }
  if (schema.type === "array") return `Hier hoort een lijst (elke regel begint met '- ').${description}`;
  if (schema.type === "string" && (schema.pattern || schema.format)) return `Deze waarde heeft niet de goede vorm.${description}`;
  if (schema.type === "string") return `Hier hoort tekst.${description}`;
  if (schema.type === "number" || schema.type === "integer") return `Hier hoort een getal.${description}`;
  if (schema.type === "boolean") return `Hier hoort ja (true) of nee (false).${description}`;
  return undefined;
}

export function contentJsonSchema(type: ContentType): Record<string, unknown> {
  return jsonSchemaOf(contentSchemas[type], `Werkcentrum: ${contentTypeLabels[type].one.toLowerCase()}`);
}

export function siteJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(siteProfileSchema, "Werkcentrum: site.yml");
}

/** The schema of werkcentrum.nl's own site.yml (`sites/werkcentrum.nl/site.yml`), which has other fields than a region's. */
export function landingSiteJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(landingProfileSchema, "Werkcentrum: site.yml van werkcentrum.nl");
}

/**
 * File name of each published schema: `<type>.json`, `site.json` for a region's site.yml and `landing-site.json` for
 * werkcentrum.nl's.
 */
export function schemaFileName(type: ContentType | "site" | "landing-site"): string {
  return `${type}.json`;
}

/**
 * Folder with the committed schemas: `schemas/` in the package (from `src/` and `dist/` alike), or the copy in
 * `dist/schemas/` when only `dist` was installed.
 */
export function schemasDir(): string {
  const candidates = [new URL("../schemas/", import.meta.url), new URL("./schemas/", import.meta.url)].map((url) => fileURLToPath(url));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}
