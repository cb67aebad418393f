import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readSiteFiles, type SiteFiles } from "@werkcentrum/content";
import { compareCodeUnits, listFiles } from "./deploy/files.js";
import { packageVersion } from "./deploy/manifest.js";
import { settingsFile } from "./deploy/settings.js";
import type { ProjectPaths } from "./paths.js";
import type { SiteDefinition } from "./sites.js";

/**
 * Fingerprints that decide whether a site must be rebuilt (build-all.ts). A site's output depends on its own folder,
 * on the generator and the packages it uses, on `deploy.yml`, on an environment variable, and, for the landing
 * site, on what every region's last successful build published (added in build-all.ts, after the regions are
 * built). The same inputs give the same fingerprint on any machine, so a build can skip a site whose fingerprint
 * matches the one recorded with its output.
 *
 * The build date is not part of it: builds.json records, next to the fingerprint, the window of dates in which a
 * site's output stays the same (build-date.ts), so a new day rebuilds only the sites where it changes something.
 *
 * turbo does not cache the sites task (archiving every site's output on each change cost more than it saved), so this
 * is what keeps a rebuild small.
 */

/** The packages whose built code makes the sites; their published folders are hashed, not just their versions. */
const WORKSPACE_PACKAGES = ["@werkcentrum/generator", "@werkcentrum/theme", "@werkcentrum/content", "@werkcentrum/regions"];
/** Dependencies whose version changes the output. */
const TOOLS = ["@11ty/eleventy", "pagefind", "markdown-it", "nunjucks", "@11ty/eleventy-img", "sharp"];
/** Environment variables that change the output (the build date, WERKCENTRUM_BUILD_DATE, works through the date window). */
export const BUILD_ENV = ["WERKCENTRUM_CMS_REPO"] as const;
/** Folders inside a site folder that are not content (npm and turbo may create them). */
const IGNORED = new Set(["node_modules", ".turbo"]);

function hashOf(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** `path sha256` lines of every file below `dir` (or of `dir` itself, a file), in code-unit order of the path. */
async function fileLines(dir: string, prefix: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  if ((await stat(dir)).isFile()) return [`${prefix} ${hashOf(await readFile(dir))}`];
  const files = (await listFiles(dir)).filter((path) => !path.split("/").some((part) => IGNORED.has(part)) && !/\.test\.[cm]?[jt]s$/.test(path));
  // Synchronous reads: thousands of small files, and the promise-based readFile costs four thread-pool round trips
  // each; this is most of a no-change build's time.
  return files.map((path) => `${prefix}${path} ${hashOf(readFileSync(join(dir, path)))}`);
}

/**
 * The files of a workspace package that run: its published `files` (code, base texts, data), with `src/` instead
 * of `dist/` where the package runs from source (tests). Test files never count.
 */
async function packageLines(name: string): Promise<string[]> {
  const dir = packageDir(name);
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { version?: string; files?: string[] };
  const entries = (manifest.files ?? ["dist"]).filter((entry) => !entry.startsWith("!"));
  if (!existsSync(join(dir, "dist"))) entries.push("src");
  const lines = [`${name} ${manifest.version ?? "?"}`];
  for (const entry of entries.sort(compareCodeUnits)) lines.push(...(await fileLines(join(dir, entry), `${name}/${entry}/`)));
  return lines;
}

/** The folder of an installed workspace package, found through its exported package.json. */
function packageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/**
 * One hash over everything all sites share: the files of the four Werkcentrum packages that run, the versions of the tools that render, `deploy.yml` and the build's
 * environment variables. Computed once per build.
 */
export async function sharedFingerprint(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const lines: string[] = [`node ${process.versions.node.split(".")[0]}`];
  for (const name of WORKSPACE_PACKAGES) lines.push(...(await packageLines(name)));
  for (const name of TOOLS) lines.push(`${name} ${packageVersion(name) ?? "?"}`);
  const settings = settingsFile(paths);
  lines.push(`deploy.yml ${existsSync(settings) ? hashOf(await readFile(settings)) : "-"}`);
  for (const name of BUILD_ENV) lines.push(`env ${name}=${env[name] ?? ""}`);
  return hashOf(lines.join("\n"));
}

export interface SiteInputs {
  /** sha256 over the shared fingerprint and every input file of the site. */
  fingerprint: string;
  /** Number of files in the site's folder: the larger sites are built first, so the workers finish together. */
  count: number;
  /** The site folder as read for the fingerprint; the build makes the site model from it, so it reads the folder once. */
  files: SiteFiles;
}

/**
 * The fingerprint of one site's inputs, from one read of its folder; `evidence` is the hash of the host's test
 * results file when the build publishes one (evidence/read.ts), so new results rebuild the host.
 */
export function siteInputs(site: SiteDefinition, paths: ProjectPaths, shared: string, evidence?: string): SiteInputs {
  const files = readSiteFiles(join(paths.sitesDir, site.slug));
  const own = [...files.hashes].map(([path, hash]) => `${path} ${hash}`);
  const lines = [`shared ${shared}`, `site ${site.slug} ${site.host}`, ...(evidence ? [`evidence ${evidence}`] : []), ...own];
  return { fingerprint: hashOf(lines.join("\n")), count: own.length, files };
}
