import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { siteProfileSchema } from "@werkcentrum/regions";
import type { z } from "zod";
import { parseContentFile } from "./content-file.js";
import { shapeOf, unwrap } from "./schema-walk.js";
import { contentSchemas, contentTypes, typeFolders, type ContentType } from "./schemas/index.js";

// The editors' guide is hand-written Dutch, so these tests keep it honest: every field is explained and every
// example passes the same checks as an editor's file.
const guide = readFileSync(new URL("../../../docs/redacteuren.md", import.meta.url), "utf8");

/** The guide's Markdown examples with the content type of the section they are in ("### Dienst" → dienst). */
function examples(): { type: ContentType; text: string }[] {
  let type: ContentType = "nieuws";
  const found: { type: ContentType; text: string }[] = [];
  for (const part of guide.split(/^(### .*|```markdown\n[\s\S]*?```)$/m)) {
    const heading = /^### (.*)/.exec(part)?.[1]?.toLowerCase();
    if (heading && (contentTypes as string[]).includes(heading)) type = heading as ContentType;
    if (part.startsWith("```markdown\n")) found.push({ type, text: part.slice("```markdown\n".length, -3) });
  }
  return found;
}

describe("docs/redacteuren.md", () => {
  it.each(contentTypes)("explains every field of %s", (type) => {
    const section = guide.split(/^### /m).find((part) => part.toLowerCase().startsWith(type))!;
    expect(section).toBeDefined();
    for (const field of Object.keys(shapeOf(contentSchemas[type])!).filter((name) => name !== "type" && name !== "layout")) {
      expect(section, `${type}.${field}`).toContain(`\`${field}\``);
    }
  });

  it("has an example of every type, and every example passes the checks", () => {
    const all = examples();
    expect(new Set(all.map((example) => example.type))).toEqual(new Set(contentTypes));
    for (const { type, text } of all) {
      const path = type === "pagina" ? "voorbeeld.md" : `${typeFolders[type]}/voorbeeld.md`;
      const { data, problems } = parseContentFile(text, { file: path, path, assets: new Set(["/afbeeldingen/banenmarkt.jpg"]) });
      expect(problems, text).toEqual([]);
      expect(data?.type).toBe(type);
    }
  });

  // site.yml field by field: one bullet per top-level field (`- **`naam`**`), naming every field nested in it. The
  // list is compared with the schema both ways, so a new, renamed or removed field fails here until the guide
  // follows.
  describe("the site.yml section", () => {
    const section = guide.slice(guide.indexOf("## Het profiel van uw site: `site.yml`"));
    const body = section.slice(0, section.indexOf("\n## ", 1));
    const bullets = new Map(
      body
        .split(/^- \*\*/m)
        .slice(1)
        .map((part) => [/^`([^`]+)`\*\*/.exec(part)?.[1] ?? "", part] as const),
    );
    const shape = shapeOf(siteProfileSchema)!;

    /** Every field name below a schema, through objects and lists of objects. */
    function nested(schema: z.core.$ZodType): string[] {
      const { def } = unwrap(schema);
      const inner = def.type === "array" && def.element ? unwrap(def.element).schema : unwrap(schema).schema;
      return Object.entries(shapeOf(inner) ?? {}).flatMap(([name, child]) => [name, ...nested(child)]);
    }

    it("lists exactly the fields of the schema, in its order", () => {
      expect(body.length).toBeGreaterThan(1000);
      expect([...bullets.keys()]).toEqual(Object.keys(shape));
    });

    it.each(Object.keys(shape))("names every field inside %s", (field) => {
      const text = bullets.get(field) ?? "";
      for (const name of nested(shape[field]!)) expect(text, `${field}.${name}`).toContain(`\`${name}\``);
    });
  });

  it("uses only npm run scripts that exist, never npx werkcentrum", () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts,
    );
    const commands = [...guide.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(scripts, command).toContain(command);
    expect(guide.replace("Typ nooit `npx werkcentrum`", "")).not.toMatch(/npx werkcentrum/);
  });
});
