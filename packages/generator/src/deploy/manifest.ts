import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { compareCodeUnits, listFiles } from "./files.js";

/**
 * `dist/deploy/manifest.json`: what a release contains, so the hosting team can compare two releases and copy
 * only the hosts that changed. Deterministic: keys and files sorted, no timestamps; the same build of the same
 * commit gives the same bytes.
 */
export interface Manifest {
  /** Bumped when the shape changes. */
  version: 1;
  /** `git rev-parse HEAD` of the build, or null outside a git checkout. */
  commit: string | null;
  /** Versions of the packages that made the output. */
  packages: Record<string, string>;
  /** The nginx files in dist/deploy/ (relative to it) and their sha256: a change means reload nginx. */
  config: Record<string, string>;
  hosts: Record<string, HostEntry>;
  /**
   * Why this build may serve a preview but not production (for example security.txt without a real disclosure
   * channel); absent when `werkcentrum deploy` found nothing. A release of a build with this field is refused.
   */
  preview?: string[];
}

export interface HostEntry {
  /** HTML pages, not counting 404.html. */
  pages: number;
  /** sha256 over the sorted `path sha256` lines of the files below: one value to compare per host. */
  sha256: string;
  /** Every file of the host folder (including .gz and .br twins) and its sha256. */
  files: Record<string, string>;
}

const PACKAGES = ["@werkcentrum/generator", "@werkcentrum/regions", "@werkcentrum/content", "@werkcentrum/theme", "@11ty/eleventy"];

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** sha256 of every file in `dir`, by relative path, in code-unit order. */
export async function hashFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listFiles(dir)) files[file] = sha256(await readFile(join(dir, file)));
  return files;
}

/** What every count of "pagina's" means (build, deploy, manifest): an HTML page of the host, 404.html not included. */
export function isPage(relativePath: string): boolean {
  return relativePath.endsWith(".html") && relativePath !== "404.html";
}

export async function hostEntry(dir: string): Promise<HostEntry> {
  const files = await hashFiles(dir);
  const paths = Object.keys(files);
  return {
    pages: paths.filter(isPage).length,
    sha256: sha256(paths.map((path) => `${path} ${files[path]}\n`).join("")),
    files,
  };
}

/** The commit of the checkout `cwd` is in, or null (no git, no repository, or a build from an archive). */
export async function gitCommit(cwd: string): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)("git", ["rev-parse", "HEAD"], { cwd });
    return /^[0-9a-f]{40,64}$/.test(stdout.trim()) ? stdout.trim() : null;
  } catch {
    return null;
  }
}

function tryResolve(require: NodeJS.Require, id: string): string | undefined {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

/**
 * The version of an installed package: from its exported `package.json`, or else found by walking up from its
 * entry point (Eleventy does not export its package.json; the Werkcentrum packages export only `import`).
 */
export function packageVersion(name: string): string | null {
  const require = createRequire(import.meta.url);
  const entry = tryResolve(require, `${name}/package.json`) ?? tryResolve(require, name);
  if (!entry) return null;
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (json.name === name) return json.version ?? null;
  }
  return null;
}

export function packageVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of [...PACKAGES].sort(compareCodeUnits)) versions[name] = packageVersion(name) ?? "unknown";
  return versions;
}

export interface ManifestInput {
  /** Folder with one folder per host. */
  outDir: string;
  hosts: readonly string[];
  /** Folder of the deployment files (`dist/deploy`); `configFiles` are relative to it. */
  deployDir: string;
  configFiles: readonly string[];
  commit: string | null;
  packages: Record<string, string>;
  preview?: string[];
}

export async function createManifest(input: ManifestInput): Promise<Manifest> {
  const hosts: Record<string, HostEntry> = {};
  for (const host of [...input.hosts].sort(compareCodeUnits)) hosts[host] = await hostEntry(join(input.outDir, host));
  const config: Record<string, string> = {};
  for (const file of [...input.configFiles].sort(compareCodeUnits)) config[file] = sha256(await readFile(join(input.deployDir, file)));
  return { version: 1, commit: input.commit, packages: input.packages, config, hosts, ...(input.preview ? { preview: input.preview } : {}) };
}

/** The manifest as written: two-space JSON with a final newline. Keys are already in a fixed order. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type HostChange =
  { host: string; status: "added" | "removed" } | { host: string; status: "changed"; added: string[]; removed: string[]; changed: string[] };

export interface ManifestDiff {
  hosts: HostChange[];
  /** Config files that differ (added, removed or changed). */
  config: string[];
}

/** What changed from `before` to `after`: the hosts to copy, and whether nginx needs the new configuration. */
export function diffManifests(before: Manifest, after: Manifest): ManifestDiff {
  const names = [...new Set([...Object.keys(before.hosts), ...Object.keys(after.hosts)])].sort(compareCodeUnits);
  const hosts: HostChange[] = [];
  for (const host of names) {
    const old = before.hosts[host];
    const now = after.hosts[host];
    if (!old) hosts.push({ host, status: "added" });
    else if (!now) hosts.push({ host, status: "removed" });
    else if (old.sha256 !== now.sha256) {
      const files = [...new Set([...Object.keys(old.files), ...Object.keys(now.files)])].sort(compareCodeUnits);
      hosts.push({
        host,
        status: "changed",
        added: files.filter((file) => !(file in old.files)),
        removed: files.filter((file) => !(file in now.files)),
        changed: files.filter((file) => file in old.files && file in now.files && old.files[file] !== now.files[file]),
      });
    }
  }
  const configFiles = [...new Set([...Object.keys(before.config), ...Object.keys(after.config)])].sort(compareCodeUnits);
  return { hosts, config: configFiles.filter((file) => before.config[file] !== after.config[file]) };
}
