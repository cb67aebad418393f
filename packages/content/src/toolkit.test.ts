import { describe, expect, it } from "vitest";
import { parseContentFile } from "./content-file.js";
import { loadBaseTexts, splitBaseTexts } from "./toolkit.js";

const baseTexts = await loadBaseTexts();

describe("national base texts", () => {
  it("has the agreed set of texts", async () => {
    expect((await loadBaseTexts()).map((text) => [text.path, text.permalink, text.needsInput])).toEqual([
      ["extra-steun.md", "/extra-steun/", false],
      ["gidsen.md", "/gidsen/", false],
      ["loopbaan-en-scholing.md", "/loopbaan-en-scholing/", false],
      ["over-ons.md", "/over-ons/", false],
      ["privacy.md", "/privacy/", true],
      ["toegankelijkheid.md", "/toegankelijkheid/", true],
      ["van-werk-naar-werk.md", "/van-werk-naar-werk/", false],
      ["werkenden.md", "/werkenden/", false],
      ["werkgevers.md", "/werkgevers/", false],
      ["werkzoekenden.md", "/werkzoekenden/", false],
    ]);
  });

  // The base texts pass every check a region's own text must pass, B1 hints included; only the templates keep
  // their marked gaps, which are warnings by design.
  it.each(baseTexts.map((text) => [text.path, text] as const))("%s passes every check", (_path, text) => {
    const { data, problems } = parseContentFile(text.source, { file: text.path, path: text.path, assets: new Set() });
    expect(data?.type).toBe("pagina");
    const unexpected = problems.filter((problem) => !(text.needsInput && /invullen/.test(problem.message)));
    expect(unexpected).toEqual([]);
    if (text.needsInput) expect(problems.length).toBeGreaterThan(3);
  });

  it("links only to pages that exist on every regional site", async () => {
    const texts = await loadBaseTexts();
    // The base texts, and /contact/, which the generator writes on every regional site (packages/generator/src/pages/required.ts).
    const pages = new Set([...texts.map((text) => text.permalink), "/contact/"]);
    const links = texts.flatMap((text) => [...text.source.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(pages).toContain(link);
  });

  it("splits into overridden and used by web address", async () => {
    const { overridden, used } = await splitBaseTexts(["over-ons/index.md", "privacy.md", "nieuws/x.md"]);
    expect(overridden.map((text) => text.path)).toEqual(["over-ons.md", "privacy.md"]);
    expect(used).toHaveLength(8);
  });
});
