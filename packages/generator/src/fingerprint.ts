import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { readSiteFiles, readSiteText, type FileHashCache, type SiteFiles } from "@werkcentrum/content";
import { compareCodeUnits, listFiles } from "./deploy/files.js";
import { settingsFile } from "./deploy/settings.js";
import type { FileHashes } from "./file-hashes.js";
import { displayPath, type ProjectPaths } from "./paths.js";
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

/**
 * The scope of the packages whose files are hashed, not just their versions: inside the repository they are
 * workspaces whose version stays 0.0.0 while their code changes.
 */
const OWN_SCOPE = "@werkcentrum/";
const GENERATOR = "@werkcentrum/generator";
/**
 * Environment variables that change the output: none now. The web editor's git host comes from deploy.yml, which
 * is hashed as a file; the build date (WERKCENTRUM_BUILD_DATE) works through the date window.
 */
export const BUILD_ENV: readonly string[] = [];
/** Folders inside a site folder that are not content (npm and turbo may create them). */
const IGNORED = new Set(["node_modules", ".turbo"]);

function hashOf(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The sha256 of `file`, from `cache` when its stat did not change since it was hashed (file-hashes.ts). */
function hashFile(file: string, cache: FileHashCache | undefined): string {
  // The stat before the read: a change while reading gives the file a newer stat than the one kept.
  const stat = cache ? lstatSync(file, { bigint: true }) : undefined;
  const cacheable = cache !== undefined && stat !== undefined && stat.isFile();
  const known = cacheable ? cache.get(file, stat) : undefined;
  if (known !== undefined) return known;
  const hash = hashOf(readFileSync(file));
  if (cacheable) cache.set(file, stat, hash);
  return hash;
}

/** `path sha256` lines of every file below `dir` (or of `dir` itself, a file), in code-unit order of the path. */
async function fileLines(dir: string, prefix: string, hashes?: FileHashes): Promise<string[]> {
  if (!existsSync(dir)) return [];
  if ((await stat(dir)).isFile()) return [`${prefix} ${hashFile(dir, hashes?.folder(dir))}`];
  const files = (await listFiles(dir)).filter((path) => !path.split("/").some((part) => IGNORED.has(part)) && !/\.test\.[cm]?[jt]s$/.test(path));
  const cache = hashes?.folder(dir);
  // Synchronous reads: thousands of small files, and the promise-based readFile costs four thread-pool round trips
  // each.
  return files.map((path) => `${prefix}${path} ${hashFile(join(dir, path), cache)}`);
}

/**
 * The files of a workspace package that run: its published `files` (code, base texts, data), with `src/` instead
 * of `dist/` where the package runs from source (tests). Test files never count.
 */
async function packageLines(name: string, hashes?: FileHashes): Promise<string[]> {
  const dir = packageDir(name);
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { version?: string; files?: string[] };
  const entries = (manifest.files ?? ["dist"]).filter((entry) => !entry.startsWith("!"));
  if (!existsSync(join(dir, "dist"))) entries.push("src");
  const lines = [`${name} ${manifest.version ?? "?"}`];
  for (const entry of entries.sort(compareCodeUnits)) lines.push(...(await fileLines(join(dir, entry), `${name}/${entry}/`, hashes)));
  return lines;
}

/** The folder of an installed workspace package, found through its exported package.json. */
function packageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

interface Manifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * Where Node finds package `name` from a package in `fromDir`: the first `node_modules/<name>` on the way up
 * (https://nodejs.org/api/modules.html#loading-from-node_modules-folders). Looked up directly instead of with
 * require.resolve, which fails for packages whose exports map hides package.json or that have no main entry.
 */
function findInstalled(name: string, fromDir: string, watch?: (path: string) => void): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (basename(dir) === "node_modules") continue; // never node_modules/node_modules
    const candidate = join(dir, "node_modules", name);
    // The folder whose names say whether the package is there (node_modules, or node_modules/@scope).
    watch?.(dirname(candidate));
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    // A folder of that name without a package.json (a half-removed package) is passed by, until one appears in it.
    if (watch && existsSync(candidate)) watch(candidate);
    if (dir === dirname(dir)) return undefined;
  }
}

/**
 * Every package installed for `rootDir`'s package to run: its dependencies and optional dependencies, theirs, and so
 * on, each as Node resolves it, as `name` → version → folder. Derived from what is installed (so from the lockfile
 * that installed it), never from a list kept by hand: a new dependency, or an upgrade of any one anywhere in the
 * tree (esbuild, d3, ical-generator, Eleventy's own), changes the fingerprint. An optional dependency that is not
 * installed (another platform's binary) is skipped; a missing required one is an error.
 */
export function installedDependencies(rootDir: string, watch?: (path: string) => void): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const seen = new Set<string>();
  const readManifest = (dir: string) => {
    watch?.(join(dir, "package.json"));
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  };
  const queue = [{ dir: realpathSync(rootDir), manifest: readManifest(rootDir) }];
  while (queue.length > 0) {
    const { dir, manifest } = queue.pop()!;
    const optional = manifest.optionalDependencies ?? {};
    for (const name of Object.keys({ ...manifest.dependencies, ...optional })) {
      const installed = findInstalled(name, dir, watch);
      if (!installed) {
        if (name in optional) continue;
        throw new Error(`${manifest.name ?? dir} needs ${name}, which is not installed`);
      }
      if (seen.has(installed)) continue;
      seen.add(installed);
      const dependency = readManifest(installed);
      const version = dependency.version ?? "?";
      found.set(name, (found.get(name) ?? new Map()).set(version, installed));
      queue.push({ dir: installed, manifest: dependency });
    }
  }
  return found;
}

/**
 * installedDependencies, kept between builds (file-hashes.ts) with the stat of every package.json it read and of
 * every folder it looked a package up in: walking the generator's 850 installed packages was a sixth of a no-change
 * build. An upgrade, removal or addition anywhere in the tree changes one of them (a package.json, or the names in
 * a node_modules folder), so the tree is walked again.
 */
function keptInstalledDependencies(rootDir: string, hashes: FileHashes): Map<string, Map<string, string>> {
  type Row = [name: string, version: string, dir: string];
  const rows = hashes.derived(
    `installed dependencies of ${rootDir}`,
    (watch) =>
      [...installedDependencies(rootDir, watch)].flatMap(([name, versions]) => [...versions].map(([version, dir]): Row => [name, version, dir])),
    (value): value is Row[] =>
      Array.isArray(value) && value.every((row) => Array.isArray(row) && row.length === 3 && row.every((part) => typeof part === "string")),
  );
  const installed = new Map<string, Map<string, string>>();
  for (const [name, version, dir] of rows) installed.set(name, (installed.get(name) ?? new Map<string, string>()).set(version, dir));
  return installed;
}

/**
 * The lines the dependencies add to the shared fingerprint: the files of every @werkcentrum package that runs
 * (packageLines), and `name version` of every other installed dependency, sorted.
 */
export async function dependencyLines(rootDir: string, hashes?: FileHashes): Promise<string[]> {
  const installed = hashes ? keptInstalledDependencies(rootDir, hashes) : installedDependencies(rootDir);
  const own = [...installed.keys()].filter((name) => name.startsWith(OWN_SCOPE)).sort(compareCodeUnits);
  const lines: string[] = [];
  for (const name of own) lines.push(...(await packageLines(name, hashes)));
  const others: string[] = [];
  for (const [name, versions] of installed) {
    if (!name.startsWith(OWN_SCOPE)) for (const version of versions.keys()) others.push(`${name} ${version}`);
  }
  return [...lines, ...others.sort(compareCodeUnits)];
}

/**
 * One hash over everything all sites share: the generator's own files and those of the @werkcentrum packages it
 * depends on (the theme among them), the installed version of every other package it depends on, directly or not
 * (dependencyLines), `deploy.yml` and the build's environment variables. Computed once per build; with `hashes`,
 * the packages' files are hashed only when their stat changed (file-hashes.ts).
 */
export async function sharedFingerprint(
  paths: ProjectPaths,
  env: NodeJS.ProcessEnv = process.env,
  generatorDir = packageDir(GENERATOR),
  hashes?: FileHashes,
): Promise<string> {
  const lines: string[] = [`node ${process.versions.node.split(".")[0]}`];
  lines.push(...(await packageLines(GENERATOR, hashes)));
  lines.push(...(await dependencyLines(generatorDir, hashes)));
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
  /**
   * The site folder as read for the fingerprint; the build makes the site model from it, so it reads the folder
   * once. With a hash cache, the model's files that were not read for their hash are read by `readSiteInputs`.
   */
  files: SiteFiles;
  /** The fingerprint's lines before the files' hashes. */
  head: string[];
}

const fingerprintOf = (head: readonly string[], files: SiteFiles) =>
  hashOf([...head, ...[...files.hashes].map(([path, hash]) => `${path} ${hash}`)].join("\n"));

/**
 * The fingerprint of one site's inputs, from one read of its folder; `evidence` is the hash of the host's test
 * results file when the build publishes one (evidence/read.ts), so new results rebuild the host. With `hashes`
 * (file-hashes.ts), a file whose stat did not change is not read: a site that is not rebuilt costs one `lstat` per
 * file, and one that is gets the rest of its model's files from `readSiteInputs`.
 */
export function siteInputs(site: SiteDefinition, paths: ProjectPaths, shared: string, evidence?: string, hashes?: FileHashes): SiteInputs {
  const siteDir = join(paths.sitesDir, site.slug);
  const files = readSiteFiles(siteDir, hashes ? { hashCache: hashes.folder(siteDir), lazyText: true } : {});
  const head = [`shared ${shared}`, `site ${site.slug} ${site.host}`, ...(evidence ? [`evidence ${evidence}`] : [])];
  return { fingerprint: fingerprintOf(head, files), count: files.hashes.size, files, head };
}

/**
 * A site's inputs with every file its model parses read (`readSiteText`), for a site that is built. A file that
 * changed since it was hashed is fingerprinted as read now, so the fingerprint recorded with the output is that of
 * the bytes it was built from.
 */
export function readSiteInputs(input: SiteInputs, site: SiteDefinition, paths: ProjectPaths): SiteInputs {
  const changed = readSiteText(join(paths.sitesDir, site.slug), input.files, displayPath(join(paths.sitesDir, site.slug)));
  return changed.length === 0 ? input : { ...input, fingerprint: fingerprintOf(input.head, input.files) };
}
