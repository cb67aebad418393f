import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContentFile } from "./content-file.js";
import { shapeOf } from "./schema-walk.js";
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
});
