import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, type BigIntStats, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { ContentError } from "./problem.js";

/** What one entry below a site folder is. Only regular files are ever read. */
export type SiteFileKind = "file" | "directory" | "symlink" | "other";

/**
 * One read of a site folder: every entry below it, the bytes of the files the site model parses, and a hash of
 * every regular file. A build reads the folder once, into this snapshot: the fingerprint that decides whether the
 * site must be rebuilt is made from the hashes, and the model from the bytes (`checkSite` with `files`). A build
 * that keeps hashes between runs (`hashCache`, `lazyText`) reads a file's bytes only when its stat changed or when
 * the site is built, and then once.
 */
export interface SiteFiles {
  /** Every entry below the site folder, `/`-separated paths relative to it, sorted by code unit. */
  entries: { path: string; kind: SiteFileKind }[];
  /**
   * Bytes of `site.yml`, `redirects.yml` and every Markdown file in `content/`, by path. Read with `lazyText`, only
   * those that had to be read for their hash are here; `readSiteText` adds the others.
   */
  text: Map<string, Uint8Array>;
  /** sha256 (hex) of every regular file, by path; empty when read without hashes. */
  hashes: Map<string, string>;
}

/**
 * Hashes kept from an earlier read, by what `lstat` says of a file. `get` gives a hash only when it can be trusted
 * for a file with exactly this stat; else the file is read and hashed, and `set` keeps the result. The build's
 * implementation (in `@werkcentrum/generator`) compares size, modification and change time and inode, as git's
 * index does.
 */
export interface FileHashCache {
  /** The sha256 (hex) of `file` (an absolute path) if its stat shows it has not changed since it was hashed. */
  get(file: string, stat: BigIntStats): string | undefined;
  /** Keeps the sha256 of `file`'s bytes, read after `stat` was taken (so a change during the read shows next time). */
  set(file: string, stat: BigIntStats, hash: string): void;
}

export interface ReadSiteFilesOptions {
  /** Hash every regular file (default). Without, images and downloads are listed but not read. */
  hashes?: boolean;
  /** Hashes of files whose stat did not change are taken from here instead of reading the files. */
  hashCache?: FileHashCache;
  /**
   * Read the model's files only when they must be read for their hash: a build first decides from the hashes
   * whether a site must be built at all, and reads the rest with `readSiteText` only for a site it builds.
   */
  lazyText?: boolean;
}

// Folders npm and turbo may create in a site folder; they are not the site's input.
const notInput = new Set(["node_modules", ".turbo"]);

const kindOf = (entry: Dirent): SiteFileKind =>
  entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "directory" : entry.isFile() ? "file" : "other";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Whether the model parses the file at `path` (relative to the site folder). */
export const isModelText = (path: string): boolean =>
  path === "site.yml" || path === "redirects.yml" || (path.startsWith("content/") && path.toLowerCase().endsWith(".md"));

/**
 * Reads a site folder once. Synchronous on purpose: thousands of small files, and Node's promise-based readFile
 * costs four thread-pool round trips per file (docs/performance.md). A missing folder gives an empty snapshot.
 * Without `hashes` (a check, which needs no fingerprint) images and downloads are listed but not read. With a
 * `hashCache`, a file whose stat it knows is not read for its hash; with `lazyText` too, such a file is not read at
 * all until `readSiteText`, so a folder that did not change costs one `lstat` per file.
 */
export function readSiteFiles(siteDir: string, options: ReadSiteFilesOptions = {}): SiteFiles {
  const hashing = options.hashes ?? true;
  const cache = hashing ? options.hashCache : undefined;
  const files: SiteFiles = {
    entries: listEntries(siteDir).filter(({ path }) => !path.split("/").some((part) => notInput.has(part))),
    text: new Map(),
    hashes: new Map(),
  };
  for (const { path, kind } of files.entries) {
    const text = kind === "file" && isModelText(path);
    if (!text && !(kind === "file" && hashing)) continue;
    const file = join(siteDir, path);
    // The stat before the read: a change while reading gives the file a newer stat than the one kept.
    const stat = cache ? lstatSync(file, { bigint: true }) : undefined;
    const cacheable = cache !== undefined && stat !== undefined && stat.isFile();
    // A file the model parses and that is read now anyway is hashed from those bytes, so the two cannot differ.
    if (cacheable && !(text && !options.lazyText)) {
      const known = cache.get(file, stat);
      if (known !== undefined) {
        files.hashes.set(path, known);
        continue;
      }
    }
    const bytes = readFileSync(file);
    if (hashing) {
      const hash = sha256(bytes);
      files.hashes.set(path, hash);
      if (cacheable) cache.set(file, stat, hash);
    }
    if (text) files.text.set(path, bytes);
  }
  return files;
}

/** The model's files of `files` that are not read yet (`lazyText`), by path. */
export const unreadText = (files: SiteFiles): string[] =>
  files.entries.filter(({ path, kind }) => kind === "file" && isModelText(path) && !files.text.has(path)).map(({ path }) => path);

/**
 * Reads the model's files that `readSiteFiles` with `lazyText` left unread, each once, into `files.text`; a no-op
 * when every one was read. A file whose bytes no longer have the hash in `files.hashes` changed after it was
 * hashed: its hash is replaced by the hash of the bytes read, and its path returned, so the caller can fingerprint
 * the bytes the model is made from rather than the ones it hashed before. A file that is gone by then is a
 * ContentError naming it (under `displayDir`, how messages name the site folder).
 */
export function readSiteText(siteDir: string, files: SiteFiles, displayDir: string = siteDir): string[] {
  const changed: string[] = [];
  for (const path of unreadText(files)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(siteDir, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      const message = "Dit bestand is weggehaald terwijl de site werd gelezen. Zet het terug of start het commando opnieuw.";
      throw new ContentError([{ file: `${displayDir}/${path}`, line: 1, column: 1, field: "", message, severity: "error" }]);
    }
    files.text.set(path, bytes);
    const before = files.hashes.get(path);
    if (before === undefined) continue; // read without hashes
    const hash = sha256(bytes);
    if (hash === before) continue;
    files.hashes.set(path, hash);
    changed.push(path);
  }
  return changed;
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
  // path.relative resolves both paths against the working folder on every call: most of the listing's time for a
  // site of a few thousand files. The entries' parent folders start with `dir` itself, so a prefix is cut instead.
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  return dirents
    .map((dirent) => {
      const parent = (dirent as Dirent & { parentPath?: string; path?: string }).parentPath ?? (dirent as { path?: string }).path ?? dir;
      const below = parent === dir ? "" : parent.startsWith(prefix) ? parent.slice(prefix.length) : relative(dir, parent);
      const path = below === "" ? dirent.name : `${below}${sep}${dirent.name}`;
      return { path: sep === "/" ? path : path.split(sep).join("/"), kind: kindOf(dirent) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
