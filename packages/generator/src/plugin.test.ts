import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EleventyConfig } from "./eleventy-config.js";
import { ELEVENTY_RANGE, nunjucks, werkcentrumPlugin, type WerkcentrumPluginOptions } from "./plugin.js";
import { pluginTemplates } from "./internal-links.js";
import { getSite, readSiteModel } from "./sites.js";

const sitesDir = fileURLToPath(new URL("../../../sites", import.meta.url));
const site = getSite("rijnmond")!;

/** A config that records versionCheck and fails on anything else: option checks must come before any change. */
function recordingConfig(): { config: EleventyConfig; ranges: string[] } {
  const ranges: string[] = [];
  const config = new Proxy({ versionCheck: (range: string) => void ranges.push(range) } as unknown as EleventyConfig, {
    get(target, key) {
      if (key in target) return target[key as keyof EleventyConfig];
      throw new Error(`the plugin used config.${String(key)} before its options were checked`);
    },
  });
  return { config, ranges };
}

describe("werkcentrumPlugin options", () => {
  it("checks the Eleventy version first, with Eleventy's own versionCheck", async () => {
    const { config, ranges } = recordingConfig();
    await expect(werkcentrumPlugin(config, {} as WerkcentrumPluginOptions)).rejects.toThrow();
    expect(ranges).toEqual([ELEVENTY_RANGE]);
    expect(ELEVENTY_RANGE).toBe(">=3.0");
  });

  it("names every wrong option at once, before it changes the config", async () => {
    const model = await readSiteModel(site, sitesDir);
    const options = { site: { ...site, slug: "atlantis" }, model: { ...model, errors: 2 }, date: "5 december", sites: [] };
    const error = await werkcentrumPlugin(recordingConfig().config, options as unknown as WerkcentrumPluginOptions).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^werkcentrumPlugin: invalid options/);
    expect(message).toContain("not a site of the registry: use getSite(slug)");
    expect(message).toContain("the model has errors");
    expect(message).toContain("expected a date as YYYY-MM-DD");
    expect(message).toMatch(/Unrecognized key.*"sites"/);
  });

  it("refuses a model that is not a site model", async () => {
    const error = await werkcentrumPlugin(recordingConfig().config, {
      site,
      model: { entries: "none" },
    } as unknown as WerkcentrumPluginOptions).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/model\.siteDir|siteDir/);
  });
});

// The plugin adds to a project's own Eleventy set-up: the user's own Nunjucks Environment (with its own global and
// filter), its own includes, its own Markdown library and its own global data (`site`, a common name) keep working
// next to the site's pages. The plugin's data is all under `werkcentrum`, and it gives no layout to the user's pages.
describe("werkcentrumPlugin in a project's own Eleventy set-up", () => {
  let root: string;
  let output: string;
  const globalData: Record<string, unknown> = {};
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "wc-plugin-"));
    output = join(root, "_site");
    await mkdir(join(root, "src", "_includes"), { recursive: true });
    await mkdir(join(root, "src", "_data"), { recursive: true });
    await writeFile(join(root, "src", "_data", "site.json"), JSON.stringify({ naam: "Eigen site" }));
    await writeFile(join(root, "src", "_includes", "groet.njk"), "Hallo {{ wie | hoofdletters }} van {{ organisatie }}");
    await writeFile(join(root, "src", "eigen.njk"), '---\npermalink: /eigen/\nwie: bezoeker\n---\n{% include "groet.njk" %} op {{ site.naam }}');
    await writeFile(join(root, "src", "notitie.md"), "---\npermalink: /notitie/\n---\n# Notitie\n");
    const model = await readSiteModel(site, sitesDir, { assert: true });
    const eleventy = new Eleventy(join(root, "src"), output, {
      quietMode: true,
      config: (config) => {
        // The user's own Environment, as https://www.11ty.dev/docs/languages/nunjucks/#optional-use-your-nunjucks-environment shows.
        const own = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(root, "src", "_includes")));
        own.addGlobal("organisatie", "Voorbeeld");
        config.setLibrary("njk", own);
        config.addNunjucksFilter("hoofdletters", (text: string) => text.toUpperCase());
        config.amendLibrary("md", (md: { renderer: { rules: Record<string, unknown> } }) => {
          md.renderer.rules.heading_open = () => '<h1 class="eigen">';
        });
        // What the plugin adds as global data, by name.
        const addGlobalData = config.addGlobalData.bind(config);
        config.addGlobalData = (name: string, value: unknown) => ((globalData[name] = value), addGlobalData(name, value));
        config.addPlugin(werkcentrumPlugin, { site, model, date: "2026-12-05" });
      },
    });
    eleventy.logger.overrideLogger(false);
    await eleventy.write();
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const page = (path: string) => readFile(join(output, path), "utf8");

  it("keeps the user's Nunjucks Environment, includes, globals, filters and global data, and gives their pages no layout", async () => {
    expect((await page("eigen/index.html")).trim()).toBe("Hallo BEZOEKER van Voorbeeld op Eigen site");
  });

  it("keeps the user's Markdown set-up", async () => {
    expect((await page("notitie/index.html")).trim()).toBe('<h1 class="eigen">Notitie</h1>');
  });

  it("adds one global data object, `werkcentrum`, and no `layout` or `eleventyComputed`", () => {
    expect(Object.keys(globalData)).toEqual(["werkcentrum"]);
    expect(Object.keys(globalData.werkcentrum as object)).toEqual(
      expect.arrayContaining(["site", "region", "navigation", "themeAssets", "sectionPages"]),
    );
  });

  it("renders the site's pages with the theme's templates in that same Environment", async () => {
    expect(await page("index.html")).toContain("Rijnmond");
    expect(await page("contact/index.html")).toMatch(/<html lang="nl"/);
    expect(await page("index.html")).toMatch(/<link rel="stylesheet" href="\/assets\/werkcentrum\.[0-9a-f]+\.css">/);
  });
});

// Every page the plugin adds says which layout it has (or `false`), so it needs no global `layout`: the templates of a
// user's own project are not the plugin's to lay out.
describe("the templates werkcentrumPlugin adds", () => {
  async function addedTemplates(slug: string) {
    const target = getSite(slug)!;
    return pluginTemplates(target, await readSiteModel(target, sitesDir, { assert: true }), "2026-12-05");
  }

  it.each(["rijnmond", "werkcentrum.nl"])("name their own layout on %s", async (slug) => {
    const templates = await addedTemplates(slug);
    expect(templates.length).toBeGreaterThan(10);
    expect(templates.filter((template) => template.data?.layout === undefined).map((template) => template.path)).toEqual([]);
  });
});
