import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseContentFile } from "./content-file.js";
import { createContentFile, newContentPath, scaffoldContent } from "./scaffold.js";
import { contentTypes } from "./schemas/index.js";

let siteDir: string;
beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), "wc-new-"));
});
afterAll(async () => rm(siteDir, { recursive: true, force: true }));

describe("scaffoldContent", () => {
  it.each(contentTypes)("starts a %s whose only problems are the gaps to fill in: errors, so it is never published unfinished", (type) => {
    const text = scaffoldContent(type, "Banenmarkt: werk in de haven", { today: "2026-03-01" });
    // No schema comment: VS Code's YAML extension does not read Markdown front matter (see .vscode/settings.json).
    expect(text.split("\n").slice(0, 2)).toEqual(["---", 'titel: "Banenmarkt: werk in de haven"']);
    const path = newContentPath(type, "Banenmarkt: werk in de haven");
    const { problems } = parseContentFile(text, { file: path, path, assets: new Set() });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      expect(problem).toMatchObject({ severity: "error", message: expect.stringMatching(/invullen.*niet gepubliceerd/) });
    // Filled in, the same file has no problems left: the gaps are the only ones.
    const filled = text.replaceAll(/"?\[IN TE VULLEN: [^\]]*\]"?/g, "Ingevuld door de regio");
    expect(parseContentFile(filled, { file: path, path, assets: new Set() }).data?.type).toBe(type);
  });

  it("puts today's date where the type has one", () => {
    const options = { today: "2026-03-01" };
    expect(scaffoldContent("nieuws", "Nieuws", options)).toContain("\ndatum: 2026-03-01\n");
    expect(scaffoldContent("evenement", "Markt", options)).toContain("\nstart: 2026-03-01 10:00\neinde: 2026-03-01 12:00\n");
  });
});

describe("createContentFile", () => {
  it("writes the file in the type's folder, and never overwrites", async () => {
    const file = await createContentFile(siteDir, "nieuws", "Nieuwe vacatures in de zorg", { today: "2026-03-01" });
    expect(file).toBe(join(siteDir, "content/nieuws/nieuwe-vacatures-in-de-zorg.md"));
    const text = await readFile(file, "utf8");
    expect(text).toMatch(/^---\ntitel: Nieuwe vacatures in de zorg\ndatum: 2026-03-01\n/);

    await writeFile(file, "eigen tekst van de redacteur");
    const error = await createContentFile(siteDir, "nieuws", "Nieuwe vacatures in de zorg").catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe("EEXIST");
    expect(await readFile(file, "utf8")).toBe("eigen tekst van de redacteur");
  });

  it("refuses a title that makes no file name, before writing anything", async () => {
    await mkdir(join(siteDir, "content"), { recursive: true });
    await expect(createContentFile(siteDir, "pagina", "!!!")).rejects.toThrow(/letters of cijfers/);
    await expect(createContentFile(siteDir, "pagina", "x".repeat(130))).rejects.toThrow(/Te lang/);
  });
});
