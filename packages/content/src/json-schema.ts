import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { siteProfileSchema } from "@werkcentrum/regions";
import { z } from "zod";
import { contentSchemas, contentTypeLabels, type ContentType } from "./schemas/index.js";

/**
 * JSON Schema for the editors' tools (VS Code's YAML extension reads `# yaml-language-server: $schema=…`).
 * Draft-07, the draft yaml-language-server supports best; the input side, so fields with a default are optional.
 */
function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-07", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { $schema: json.$schema, title, ...json };
}

export function contentJsonSchema(type: ContentType): Record<string, unknown> {
  return toJsonSchema(contentSchemas[type], `Werkcentrum: ${contentTypeLabels[type].one.toLowerCase()}`);
}

export function siteJsonSchema(): Record<string, unknown> {
  return toJsonSchema(siteProfileSchema, "Werkcentrum: site.yml");
}

/** File name of each published schema: `<type>.json`, and `site.json` for site.yml. */
export function schemaFileName(type: ContentType | "site"): string {
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
