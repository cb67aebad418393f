import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError } from "@werkcentrum/content";
import { getRegion } from "@werkcentrum/regions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "./build.js";
import type { ProjectPaths } from "./paths.js";
import { getSite, landingSite } from "./sites.js";
import { siteScaffold } from "./sync.js";
import { displayPath } from "./paths.js";

let paths: ProjectPaths;
const rijnmond = getSite("rijnmond")!;

async function scaffold(slug: string) {
  const site = getSite(slug)!;
  for (const [file, text] of Object.entries(siteScaffold(site))) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-build-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await scaffold("rijnmond");
  await scaffold(landingSite.slug);
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

describe("buildSite", () => {
  it("renders a region's home page with its name, centrumgemeente and gemeenten from the registry", async () => {
    const result = await buildSite(rijnmond, paths);
    expect(result.outputDir).toBe(join(paths.outDir, "rijnmond.werkcentrum.nl"));
    const html = await readFile(join(result.outputDir, "index.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl"/);
    expect(html).toContain("<title>Werkcentrum Rijnmond</title>");
    // Rotterdam is an inferred centrumgemeente (data/SOURCES.md): the site does not present it as fact.
    expect(html).not.toContain("De centrumgemeente is");
    expect(html).not.toContain("&lt;"); // theme macros render as markup, not as escaped text (plugin.ts: one Nunjucks copy)
    for (const gemeente of getRegion("rijnmond")!.gemeenten) expect(html).toContain(`<li>${gemeente.name}</li>`);
  });

  it("renders the landing page with a link to each of the 35 regional hosts", async () => {
    const result = await buildSite(landingSite, paths);
    const html = await readFile(join(result.outputDir, "index.html"), "utf8");
    const links = [...html.matchAll(/href="https:\/\/([a-z0-9-]+\.werkcentrum\.nl)\/"/g)].map((m) => m[1]);
    expect(new Set(links).size).toBe(35);
    expect(links).toContain("zuid-kennemerland-en-ijmond.werkcentrum.nl");
  });

  it("keeps the previous output when the site's profile is invalid, and names file, line and field", async () => {
    await buildSite(rijnmond, paths);
    const before = await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/index.html"), "utf8");
    const profile = join(paths.sitesDir, "rijnmond/site.yml");
    await writeFile(profile, "code: AM22\nnaam: Rijnmond\nstatus: open\n");

    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toMatchObject([{ file: displayPath(profile), line: 3, field: "status" }]);
    expect(await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/index.html"), "utf8")).toBe(before);
    await scaffold("rijnmond");
  });

  it("refuses a template file in content/ before anything renders, and keeps the previous output", async () => {
    await buildSite(rijnmond, paths);
    const broken = join(paths.sitesDir, "rijnmond/content/kapot.njk");
    await writeFile(broken, "{% if %}");

    await expect(buildSite(rijnmond, paths)).rejects.toThrow(/kapot\.njk.*Dit soort bestand mag niet in content/);

    expect(await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/index.html"), "utf8")).toContain("Rijnmond");
    await rm(broken);
  });
});
