import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { assertValidSite, ContentError, readSiteProfile, writeCmsConfig } from "@werkcentrum/content";
import { prepareSiteForDeploy } from "./deploy/site-output.js";
import { writeSearchIndex } from "./pages/search-index.js";
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

/**
 * Builds one site into `<outDir>/<host>/`, atomically: Eleventy writes to a temporary sibling folder, which
 * replaces the previous output only when the whole build succeeded. A failed build leaves the old site intact.
 */
export async function buildSite(site: SiteDefinition, paths: ProjectPaths): Promise<BuildResult> {
  const started = performance.now();
  const siteDir = join(paths.sitesDir, site.slug);
  const contentDir = join(siteDir, "content");
  const outputDir = join(paths.outDir, site.host);
  const tmpDir = join(paths.outDir, `.${site.host}.tmp-${process.pid}`);
  const oldDir = join(paths.outDir, `.${site.host}.old-${process.pid}`);

  // The rules of `werkcentrum check`: an invalid file can never be published; every error is reported at once.
  await assertValidSite(siteDir, { baseTexts: site.kind === "region" });
  const profile = await loadProfile(siteDir);
  await mkdir(contentDir, { recursive: true });
  await rm(tmpDir, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy(contentDir, tmpDir, {
      quietMode: true,
      config: (config) => config.addPlugin(werkcentrumPlugin, { site, profile }),
    });
    const [, written] = await eleventy.write();
    const pages = written.filter((result) => result.outputPath).length;
    // The search index reads the finished pages, so it is written after Eleventy and before the swap (issue 6).
    await writeSearchIndex(tmpDir);
    await writeCmsConfig(tmpDir, { slug: site.slug, host: site.host, title: site.title }, { repo: process.env.WERKCENTRUM_CMS_REPO });
    // security.txt, the redirects check and precompressed .gz/.br, inside the site build so turbo caches them.
    await prepareSiteForDeploy(site, paths, tmpDir);

    if (existsSync(outputDir)) await rename(outputDir, oldDir);
    await rename(tmpDir, outputDir);
    await rm(oldDir, { recursive: true, force: true });
    return { site, pages, outputDir, milliseconds: performance.now() - started };
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
}
