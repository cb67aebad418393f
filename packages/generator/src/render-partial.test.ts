import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { render } from "./build.js";
import { entryInputPath } from "./pages/content-pages.js";
import { getSite, readSiteModel } from "./sites.js";

// The preview's quick pass (serve.ts) renders only the pages of the files an editor changed, every other page with
// an empty body. It may show those pages only because they come out exactly as in a full render: checked here for
// every page of the complete demonstration region (every content type, field and language: e2e/lib/corpus.mjs).
const fixture = fileURLToPath(new URL("../test/fixtures/voorbeeldregio/", import.meta.url));
const rijnmond = getSite("rijnmond")!;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-partial-"));
  const siteDir = join(root, "sites", "rijnmond");
  await cp(fixture, siteDir, { recursive: true });
  for (const name of ["site.yml", "redirects.yml", "content"])
    await cp(join(fixture, "demonstratie", "actief", name), join(siteDir, name), { recursive: true, force: true });
  // The two images the full region makes at test time (e2e/lib/corpus.mjs), here as plain pictures of the same names.
  const picture = sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2f5d7c" } });
  await writeFile(join(siteDir, "content", "afbeeldingen", "banenmarkt-camera.jpg"), await picture.clone().jpeg().toBuffer());
  await writeFile(join(siteDir, "content", "afbeeldingen", "route-werkpunt.gif"), await picture.clone().gif().toBuffer());
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it("renders the pages it is asked for exactly as a full render does, every other page empty", async () => {
  const date = "2026-06-01";
  const model = await readSiteModel(rijnmond, join(root, "sites"), { assert: true, imageCache: join(root, "images") });
  const full = await render(rijnmond, model, join(root, "full"), { date, imageCache: join(root, "images") });
  const pages = full.written.filter((result) => result.inputPath.startsWith("content/"));
  expect(pages.length).toBeGreaterThan(40);
  const paths = [...new Set(model.entries.map(entryInputPath))];
  // Two quick passes, each asked for every other entry, so each entry's page is rendered with its neighbours empty.
  for (const half of [0, 1]) {
    const only = new Set(paths.filter((_, index) => index % 2 === half));
    const partial = await render(rijnmond, model, join(root, `partial-${half}`), { date, only, images: full.images });
    let compared = 0;
    for (const { inputPath, outputPath } of partial.written) {
      const text = await readFile(join(root, `partial-${half}`, outputPath), "utf8");
      if (!only.has(inputPath)) {
        if (outputPath.endsWith(".html")) expect(text, outputPath).toBe("");
        continue;
      }
      expect(text, outputPath).toBe(await readFile(join(root, "full", outputPath), "utf8"));
      compared++;
    }
    expect(compared).toBe(pages.filter((page) => only.has(page.inputPath)).length);
  }
}, 120_000);

// Eleventy's caches of layouts, file texts and compiled templates are process-wide and keyed by path; a layout holds
// its whole Eleventy instance. Every render has a new input folder, so a builder thread that renders site after site
// kept every one of them (build.ts, setUseTemplateCache). Reached through Eleventy's own modules: it exports neither.
it("leaves nothing of a render in Eleventy's process-wide caches", async () => {
  const eleventySource = join(fileURLToPath(import.meta.resolve("@11ty/eleventy")), "..");
  const { default: layoutCache } = await import(pathToFileURL(join(eleventySource, "LayoutCache.js")).href);
  const { default: TemplateContent } = await import(pathToFileURL(join(eleventySource, "TemplateContent.js")).href);
  const model = await readSiteModel(rijnmond, join(root, "sites"), { assert: true, imageCache: join(root, "images") });
  const rendered = await render(rijnmond, model, join(root, "cache-check"), { date: "2026-06-01", imageCache: join(root, "images") });
  expect(rendered.written.length).toBeGreaterThan(40);
  expect(layoutCache.size()).toBe(0);
  expect(TemplateContent._inputCache.size).toBe(0);
  expect([...TemplateContent._compileCache.values()].reduce((sum: number, cache: Map<string, unknown>) => sum + cache.size, 0)).toBe(0);
}, 120_000);
