import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assertValidSite, ContentError, readSiteProfile, writeCmsConfig } from "@werkcentrum/content";
import { prepareSiteForDeploy } from "./deploy/site-output.js";
import { precompress } from "./deploy/compress.js";
import { beginOutput } from "./output/versions.js";
import { SEARCH_INDEX_DIR, writeSearchIndex } from "./pages/search-index.js";
import type { ProjectPaths } from "./paths.js";
import { werkcentrumPlugin } from "./plugin.js";
import type { SiteDefinition } from "./sites.js";

export interface BuildResult {
  site: SiteDefinition;
  /** Number of files Eleventy wrote (pages and feeds, not copied assets). */
  pages: number;
  /** Where the site was written: `<outDir>/<host>`. */
  outputDir: string;
  milliseconds: number;
}

/** Reads and validates the site's profile; throws a ContentError listing every problem. */
export async function loadProfile(siteDir: string) {
  const file = join(siteDir, "site.yml");
  if (!existsSync(file)) return undefined;
  const { data, problems } = await readSiteProfile(file);
  if (problems.some((p) => p.severity === "error")) throw new ContentError(problems);
  return data;
}

/** The generator's Eleventy configuration file (settings no plugin API offers); build and serve pass it. */
export const eleventyConfigFile = fileURLToPath(new URL("../eleventy.config.js", import.meta.url));

let eleventyEvents: Promise<{ default: { emit(event: string, ...args: unknown[]): Promise<unknown> } }> | undefined;

/**
 * Eleventy keeps every template's file contents and compiled form in process-wide caches that only its watch mode
 * clears (through its internal event bus, which the package does not export). A process that builds a site again
 * after an edit (tests, a builder thread of build-all.ts, a tool that uses this API) would otherwise render the old
 * text, and a builder that builds many sites would keep every site's compiled templates in memory.
 */
async function forgetSiteFiles(contentDir: string): Promise<void> {
  eleventyEvents ??= import(pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("@11ty/eleventy")), "EventBus.js")).href);
  const { default: eventBus } = await eleventyEvents;
  await eventBus.emit("eleventy.compileCacheReset");
  const files = await readdir(contentDir, { recursive: true, withFileTypes: true });
  for (const file of files) if (file.isFile()) await eventBus.emit("eleventy.resourceModified", join(file.parentPath, file.name));
}

/**
 * Builds one site into `<outDir>/<host>/`, atomically: Eleventy writes a new version of the output, which
 * replaces the previous one in a single step only when the whole build succeeded (output/versions.ts). A failed
 * or killed build leaves the old site intact.
 */
export async function buildSite(site: SiteDefinition, paths: ProjectPaths): Promise<BuildResult> {
  const started = performance.now();
  const siteDir = join(paths.sitesDir, site.slug);
  const contentDir = join(siteDir, "content");
  const outputDir = join(paths.outDir, site.host);

  // The rules of `werkcentrum check`: an invalid file can never be published; every error is reported at once.
  const report = await assertValidSite(siteDir, { baseTexts: site.kind === "region" });
  const profile = report.profile;
  await mkdir(contentDir, { recursive: true });
  const output = await beginOutput(paths.outDir, site.host);
  const tmpDir = output.dir;
  let indexing: Promise<number> | undefined;
  try {
    // Imported here, not at the top: a `werkcentrum build` that finds every site up to date never loads Eleventy.
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(contentDir, tmpDir, {
      quietMode: true,
      configPath: eleventyConfigFile,
      config: (config) => config.addPlugin(werkcentrumPlugin, { site, profile, report }),
    });
    const [, written] = await eleventy.write().finally(() => forgetSiteFiles(contentDir));
    const pages = written.filter((result) => result.outputPath).length;
    // The search index reads the finished pages, so it is written after Eleventy and before the swap (issue 6).
    // Pagefind works in its own process; meanwhile this thread does the rest, and compresses the index last.
    indexing = writeSearchIndex(tmpDir);
    indexing.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    await writeCmsConfig(tmpDir, { slug: site.slug, host: site.host, title: site.title }, { repo: process.env.WERKCENTRUM_CMS_REPO });
    // security.txt, the redirects check and precompressed .gz/.br, inside the site build so the output is complete.
    await prepareSiteForDeploy(site, paths, tmpDir, { exclude: [`${SEARCH_INDEX_DIR}/`] });
    if ((await indexing) > 0) await precompress(join(tmpDir, SEARCH_INDEX_DIR));

    await output.publish();
    return { site, pages, outputDir, milliseconds: performance.now() - started };
  } catch (error) {
    await indexing?.catch(() => undefined); // Pagefind may still be writing into tmpDir
    throw await output.abandon(error); // a full or read-only disk becomes one Dutch line (OutputError)
  }
}
