import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as theme from "./index.js";
import { components, layoutNames, previewPage, sectionLayoutNames, templatesDir, themeAssets } from "./index.js";
import type { NoticeParams } from "./index.js";

describe("theme package surface", () => {
  it("ships exactly the layouts it allows pages to use", () => {
    const files = readdirSync(join(templatesDir, "layouts")).map((file) => file.replace(/\.njk$/, ""));
    expect(files.sort()).toEqual([...layoutNames].sort());
  });

  it("ships exactly the section layouts the generator may choose", () => {
    const files = readdirSync(join(templatesDir, "sections")).map((file) => file.replace(/\.njk$/, ""));
    expect(files.sort()).toEqual([...sectionLayoutNames].sort());
  });

  it("exports what the generator and outside developers use, and nothing else", () => {
    expect(Object.keys(theme).sort()).toEqual([
      "assetsDir",
      "components",
      "imageDisplayWidth",
      "imageSizes",
      "layoutNames",
      "nunjucksFilters",
      "pageIndex",
      "previewPage",
      "sectionLayoutNames",
      "templatesDir",
      "themeAssets",
    ]);
  });

  it("exports every component with its examples", () => {
    expect(components.map((c) => c.name)).toContain("gemeente-finder");
    expect(components.every((c) => c.examples.length > 0)).toBe(true);
  });

  it("exports each component's parameter type, the input type of its schema (checked by the type check)", () => {
    const notice: NoticeParams = { type: "warning", text: "Op 27 april zijn wij gesloten." };
    // @ts-expect-error: the type refuses an unknown key, as the strict schema does
    const misspelt: NoticeParams = { txt: "Op 27 april zijn wij gesloten." };
    const schema = components.find((c) => c.name === "notice")!.params;
    expect(schema.safeParse(notice).success).toBe(true);
    expect(schema.safeParse(misspelt).success).toBe(false);
  });

  it("names hashed asset URLs under /assets/", () => {
    expect(themeAssets.css).toMatch(/^\/assets\/werkcentrum\.[0-9a-f]{10}\.css$/);
    for (const font of themeAssets.fonts) expect(font.href).toMatch(/^\/assets\/fonts\/[a-z0-9-]+\.[0-9a-f]{10}\.woff2$/);
  });

  it("gives the generator a preview page made of plain data", () => {
    expect(previewPage.path).toBe("ontwerp/index.njk");
    expect(() => structuredClone(previewPage.data)).not.toThrow();
  });
});

describe("image display width", () => {
  it("is the text column's token, in CSS pixels, and the sizes attribute uses it", () => {
    const tokens = JSON.parse(readFileSync(new URL("../tokens/layout.tokens.json", import.meta.url), "utf8"));
    expect(`${theme.imageDisplayWidth / 16}rem`).toBe(tokens.werkcentrum.text["max-inline-size"].$value);
    expect(theme.imageSizes).toBe("(min-width: 704px) 672px, calc(100vw - 32px)");
  });
});
