import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProjectPaths } from "./paths.js";
import { allSites, type SiteDefinition } from "./sites.js";

/** The files a site folder starts with. Everything is derived from the registry, never kept by hand. */
export function siteScaffold(site: SiteDefinition): Record<string, string> {
  const packageJson = {
    name: `@werkcentrum-sites/${site.slug.replaceAll(".", "-")}`,
    version: "0.0.0",
    private: true,
    description: site.kind === "region" ? `Inhoud van ${site.host}` : `Inhoud van ${site.host}, de landelijke site`,
    // No build script: the root task `build:sites` builds every site in one go and skips unchanged ones
    // (build-all.ts); a build script per site would make turbo start one process per site, which costs more than the builds (docs/performance.md).
    scripts: { dev: "werkcentrum serve" },
    devDependencies: { "@werkcentrum/generator": "*" },
  };
  const siteYml =
    site.kind === "region"
      ? [
          `# Profiel van ${site.host}. Zie docs/redacteuren.md voor alle velden.`,
          `code: ${site.region.code}`,
          `naam: ${site.region.name}`,
          "status: in-ontwikkeling",
          "",
        ].join("\n")
      : undefined;
  return {
    "package.json": `${JSON.stringify(packageJson, null, 2)}\n`,
    ...(siteYml ? { "site.yml": siteYml } : {}),
    "content/.gitkeep": "",
  };
}

export interface FolderReport {
  /** Sites in the registry without a folder in `sites/`. */
  missing: string[];
  /** Folders in `sites/` that match no site in the registry. */
  unknown: string[];
  /** Generated files (`package.json`) that differ from what the registry implies, and files that no longer belong. */
  drifted: string[];
}

const GENERATED_FILES = ["package.json"];
/** Files earlier versions generated: a per-site turbo.json gave every site its own build task. */
const OBSOLETE_FILES = ["turbo.json"];

/** Compares the folders in `sites/` with the registry. The test suite fails on any difference. */
export async function checkSiteFolders(paths: ProjectPaths, sites: readonly SiteDefinition[] = allSites): Promise<FolderReport> {
  const folders = (await readdir(paths.sitesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const known = new Set(sites.map((s) => s.slug));
  const drifted: string[] = [];
  for (const site of sites.filter((s) => folders.includes(s.slug))) {
    const scaffold = siteScaffold(site);
    for (const file of GENERATED_FILES) {
      const target = join(paths.sitesDir, site.slug, file);
      const actual = existsSync(target) ? await readFile(target, "utf8") : undefined;
      if (actual !== scaffold[file]) drifted.push(join(site.slug, file));
    }
    for (const file of OBSOLETE_FILES) if (existsSync(join(paths.sitesDir, site.slug, file))) drifted.push(join(site.slug, file));
  }
  return {
    missing: sites.filter((s) => !folders.includes(s.slug)).map((s) => s.slug),
    unknown: folders.filter((name) => !known.has(name)),
    drifted,
  };
}

export interface SyncReport {
  /** Files created, relative to the sites folder. */
  created: string[];
  /** Folders in `sites/` that match no site in the registry. */
  unknown: string[];
}

/** Creates what is missing for every site in the registry. Existing files are never touched. */
export async function syncSites(paths: ProjectPaths, sites: readonly SiteDefinition[] = allSites): Promise<SyncReport> {
  const created: string[] = [];
  for (const site of sites) {
    for (const [file, text] of Object.entries(siteScaffold(site))) {
      const target = join(paths.sitesDir, site.slug, file);
      if (existsSync(target)) continue;
      await mkdir(join(target, ".."), { recursive: true });
      await writeFile(target, text, { flag: "wx" });
      created.push(join(site.slug, file));
    }
  }
  const { unknown } = await checkSiteFolders(paths, sites);
  return { created, unknown };
}
