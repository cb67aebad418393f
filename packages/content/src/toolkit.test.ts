import { describe, expect, it } from "vitest";
import { parseContentFile } from "./content-file.js";
import { loadBaseTexts, splitBaseTexts } from "./toolkit.js";

const baseTexts = await loadBaseTexts();

describe("national base texts", () => {
  it("has the agreed set of texts", async () => {
    expect((await loadBaseTexts()).map((text) => [text.path, text.permalink])).toEqual([
      ["extra-steun.md", "/extra-steun/"],
      ["gidsen.md", "/gidsen/"],
      ["loopbaan-en-scholing.md", "/loopbaan-en-scholing/"],
      ["over-ons.md", "/over-ons/"],
      ["van-werk-naar-werk.md", "/van-werk-naar-werk/"],
      ["werkenden.md", "/werkenden/"],
      ["werkgevers.md", "/werkgevers/"],
      ["werkzoekenden.md", "/werkzoekenden/"],
    ]);
  });

  // The base texts pass every check a region's own text must pass, B1 hints included: a base text is complete, so
  // nothing in it is left for a region to fill in.
  it.each(baseTexts.map((text) => [text.path, text] as const))("%s passes every check", (_path, text) => {
    const { data, problems } = parseContentFile(text.source, { file: text.path, path: text.path, assets: new Set() });
    expect(data?.type).toBe("pagina");
    expect(problems).toEqual([]);
  });

  it("links only to pages that exist on every regional site", async () => {
    const texts = await loadBaseTexts();
    // The base texts, and the pages the generator writes on every site (packages/generator/src/pages/required.ts).
    const pages = new Set([...texts.map((text) => text.permalink), "/contact/", "/privacy/", "/toegankelijkheid/"]);
    const links = texts.flatMap((text) => [...text.source.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(pages).toContain(link);
  });

  it("splits into overridden and used by web address", async () => {
    const { overridden, used } = await splitBaseTexts(["over-ons/index.md", "privacy.md", "nieuws/x.md"]);
    expect(overridden.map((text) => text.path)).toEqual(["over-ons.md"]);
    expect(used).toHaveLength(7);
  });
});
