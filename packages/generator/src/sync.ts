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
    scripts: { build: "werkcentrum build", dev: "werkcentrum serve" },
    devDependencies: { "@werkcentrum/generator": "*" },
  };
  // turbo needs each site's output folder by name: it lives at the repository root, outside the workspace.
  const build: Record<string, unknown> = { outputs: [`$TURBO_ROOT$/dist/${site.host}/**`] };
  // The landing site shows every region's status, so every site.yml is one of its inputs.
  if (site.kind === "landing") build.inputs = ["$TURBO_DEFAULT$", "$TURBO_ROOT$/sites/*/site.yml"];
  const turboJson = { extends: ["//"], tasks: { build } };
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
    "turbo.json": `${JSON.stringify(turboJson, null, 2)}\n`,
    ...(siteYml ? { "site.yml": siteYml } : {}),
    "content/.gitkeep": "",
  };
}

export interface FolderReport {
  /** Sites in the registry without a folder in `sites/`. */
  missing: string[];
  /** Folders in `sites/` that match no site in the registry. */
  unknown: string[];
  /** Generated files (`package.json`, `turbo.json`) that differ from what the registry implies. */
  drifted: string[];
}

const GENERATED_FILES = ["package.json", "turbo.json"];

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
