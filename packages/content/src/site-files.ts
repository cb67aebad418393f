import { createHash } from "node:crypto";
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";

/** What one entry below a site folder is. Only regular files are ever read. */
export type SiteFileKind = "file" | "directory" | "symlink" | "other";

/**
 * One read of a site folder: every entry below it, the bytes of the files the site model parses, and a hash of
 * every regular file. A build reads the folder once, into this snapshot: the fingerprint that decides whether the
 * site must be rebuilt is made from the hashes, and the model from the bytes (`checkSite` with `files`).
 */
export interface SiteFiles {
  /** Every entry below the site folder, `/`-separated paths relative to it, sorted by code unit. */
  entries: { path: string; kind: SiteFileKind }[];
  /** Bytes of `site.yml`, `redirects.yml` and every Markdown file in `content/`, by path. */
  text: Map<string, Uint8Array>;
  /** sha256 (hex) of every regular file, by path; empty when read without hashes. */
  hashes: Map<string, string>;
}

// Folders npm and turbo may create in a site folder; they are not the site's input.
const notInput = new Set(["node_modules", ".turbo"]);

const kindOf = (entry: Dirent): SiteFileKind =>
  entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "directory" : entry.isFile() ? "file" : "other";

/** Whether the model parses the file at `path` (relative to the site folder). */
export const isModelText = (path: string): boolean => path === "site.yml" || path === "redirects.yml" || (path.startsWith("content/") && path.toLowerCase().endsWith(".md"));

/**
 * Reads a site folder once. Synchronous on purpose: thousands of small files, and Node's promise-based readFile
 * costs four thread-pool round trips per file (docs/performance.md). A missing folder gives an empty snapshot.
 * Without `hashes` (a check, which needs no fingerprint) images and downloads are listed but not read.
 */
export function readSiteFiles(siteDir: string, options: { hashes?: boolean } = {}): SiteFiles {
  const hashing = options.hashes ?? true;
  const files: SiteFiles = { entries: listEntries(siteDir).filter(({ path }) => !path.split("/").some((part) => notInput.has(part))), text: new Map(), hashes: new Map() };
  for (const { path, kind } of files.entries) {
    const text = kind === "file" && isModelText(path);
    if (!text && !(kind === "file" && hashing)) continue;
    const bytes = readFileSync(join(siteDir, path));
    if (hashing) files.hashes.set(path, createHash("sha256").update(bytes).digest("hex"));
    if (text) files.text.set(path, bytes);
  }
  return files;
}

/** Every entry below `dir` (not following links), `/`-separated paths relative to it, sorted; none when it is missing. */
export function listEntries(dir: string): { path: string; kind: SiteFileKind }[] {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return dirents
    .map((dirent) => {
      const parent = (dirent as Dirent & { parentPath?: string; path?: string }).parentPath ?? (dirent as { path?: string }).path ?? dir;
      return { path: relative(dir, join(parent, dirent.name)).split(sep).join("/"), kind: kindOf(dirent) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
