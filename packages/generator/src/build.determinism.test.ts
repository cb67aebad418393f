import { cp, mkdtemp, readdir, realpath, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "./build.js";
import { tree } from "./output/test-helpers.js";
import type { ProjectPaths } from "./paths.js";
import { getSite } from "./sites.js";

// Output guarantees: two builds of the same input are byte-identical (Pagefind's index included), and a
// failed build leaves the previous dist/<host>/ exactly as it was. Built from the fixture region, which uses every
// content type (test/fixtures/voorbeeldregio: made-up data under the code of Rijnmond).
const fixture = fileURLToPath(new URL("../test/fixtures/voorbeeldregio/", import.meta.url));
const rijnmond = getSite("rijnmond")!;
let root: string;

/** A project with its own copy of the fixture; `age` sets the files' times, which must not matter. */
async function project(name: string, age: number): Promise<ProjectPaths> {
  const paths = { sitesDir: join(root, name, "sites"), outDir: join(root, name, "dist") };
  const siteDir = join(paths.sitesDir, "rijnmond");
  await cp(fixture, siteDir, { recursive: true });
  const when = new Date(Date.UTC(2020, 0, 1) + age * 86_400_000);
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    await utimes(join(entry.parentPath, entry.name), when, when);
  }
  return paths;
}

beforeAll(async () => {
  process.env.WERKCENTRUM_BUILD_DATE = "2026-06-01";
  root = await mkdtemp(join(tmpdir(), "wc-determinism-"));
});
afterAll(async () => {
  delete process.env.WERKCENTRUM_BUILD_DATE;
  await rm(root, { recursive: true, force: true });
});

describe("buildSite output", () => {
  it("is byte-identical for two builds of the same input in different folders, Pagefind index included", async () => {
    const first = await buildSite(rijnmond, await project("a", 0));
    const second = await buildSite(rijnmond, await project("b", 400));
    const [a, b] = [await tree(first.outputDir), await tree(second.outputDir)];

    expect(Object.keys(a)).toEqual(Object.keys(b));
    const differing = Object.entries(a)
      .filter(([file, hash]) => b[file] !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
    // The comparison covers the whole site: pages, feeds, calendars, assets and the search index.
    expect(Object.keys(a).filter((file) => file.startsWith("pagefind/fragment/")).length).toBeGreaterThan(20);
    expect(["meerjarenagenda/index.html", "sitemap.xml", "vestigingen/index.html"].every((file) => file in a)).toBe(true);
  }, 120_000);

  it.each([
    { name: "invalid front matter", file: "content/nieuws/bericht-01.md", text: "---\ntitel: Kapot\ndatum: gisteren\n---\n\nTekst.\n" },
    // A template in content/ is refused by the check before anything renders: editors' files never reach Eleventy.
    { name: "a Nunjucks template in content/", file: "content/kapot.njk", text: "{% if %}" },
    { name: "a broken redirect after the search index was written", file: "redirects.yml", text: "- van: /oud/\n  naar: /bestaat-niet/\n" },
  ])(
    "fails on $name and leaves the previous output exactly as it was",
    async ({ file, text }) => {
      const paths = await project(`broken-${file.replace(/\W/g, "-")}`, 0);
      const { outputDir } = await buildSite(rijnmond, paths);
      const before = await tree(outputDir);
      await writeFile(join(paths.sitesDir, "rijnmond", file), text);

      const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ContentError);
      if (file.endsWith(".md"))
        expect((error as ContentError).problems).toContainEqual(expect.objectContaining({ field: "datum", severity: "error" }));
      if (file.endsWith(".njk"))
        expect((error as ContentError).problems).toContainEqual(
          expect.objectContaining({ file: expect.stringMatching(/kapot\.njk$/), severity: "error" }),
        );
      expect(await tree(outputDir)).toEqual(before);
      // No temporary or old copies are left: next to it, only the build's own folder, which holds the one version
      // the host's link points at (output/versions.ts).
      expect(await readdir(paths.outDir)).toEqual([".werkcentrum", "rijnmond.werkcentrum.nl"]);
      const versions = join(paths.outDir, ".werkcentrum/out/rijnmond.werkcentrum.nl");
      expect(await readdir(versions)).toEqual([basename(await realpath(outputDir))]);
    },
    120_000,
  );
});
