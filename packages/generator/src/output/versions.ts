import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir, stat, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { outputWriteError } from "./errors.js";
import { isAlive, pausePoint } from "./process.js";

/**
 * How a site's output replaces the previous one, so that a build killed at any moment leaves every `<outDir>/<host>`
 * complete (the kill tests in chaos.test.ts).
 *
 * `<outDir>/<host>` is a symbolic link to a version folder, `<outDir>/.werkcentrum/out/<host>/<id>`, and a build
 * replaces it by renaming a new link over the old one: rename(2) is atomic, so the name always points at one
 * complete version, the old or the new. Linux has no atomic exchange of two non-empty folders that Node can use, and
 * the earlier two renames (old folder away, new folder in) left the host missing in between. This is the usual
 * atomic-deploy pattern; nginx follows links by default (`disable_symlinks off`), and the hosting team copies the
 * files, not the links (DEPLOY.md).
 *
 * A version is written as `<id>.part` and renamed to `<id>` once complete, so a tidy step tells finished versions
 * from half-written ones. The id starts with the pid of the process that made it, so that step also knows whether
 * that process still runs.
 */

/** `<outDir>/.werkcentrum`: the build's own files (builds.json, the lock, the versions). Never published. */
export const STATE_DIR = ".werkcentrum";
const VERSIONS = "out";
/** Suffix of a version that is still being written. */
const PART = ".part";

/** `<outDir>/.werkcentrum/out/<name>`: the versions of one output (a host, or `deploy`). */
export function versionsDir(outDir: string, name: string): string {
  return join(outDir, STATE_DIR, VERSIONS, name);
}

/** `<pid>-<milliseconds, base 36>-<random>`. */
function newVersionId(): string {
  return `${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

interface VersionId {
  pid: number;
  time: number;
  complete: boolean;
}

function parseVersionId(entry: string): VersionId | undefined {
  const match = /^(\d+)-([0-9a-z]+)-[0-9a-f]+(\.part)?$/.exec(entry);
  return match ? { pid: Number(match[1]), time: parseInt(match[2]!, 36), complete: !match[3] } : undefined;
}

type Published =
  | { kind: "none" }
  /** A folder from before versioned output. */
  | { kind: "folder" }
  /** `version` is the entry of versionsDir it points at, if it points there; `exists` whether its target is there. */
  | { kind: "link"; version?: string; exists: boolean };

async function published(outDir: string, name: string): Promise<Published> {
  const path = join(outDir, name);
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    throw error;
  }
  if (!info.isSymbolicLink()) return { kind: "folder" };
  const target = resolve(outDir, await readlink(path));
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  return dirname(target) === versionsDir(outDir, name) ? { kind: "link", version: basename(target), exists } : { kind: "link", exists };
}

/** Points `<outDir>/<name>` at a version in one step: a new link under a temporary name, renamed over the old one. */
async function pointAt(outDir: string, name: string, version: string): Promise<void> {
  const link = join(outDir, `.${name}.link-${newVersionId()}`);
  // Relative, so dist/ can be moved or copied whole (cp -a) and its links still resolve inside the copy.
  await symlink(relative(outDir, join(versionsDir(outDir, name), version)), link, "dir");
  await pausePoint("output:link-created");
  try {
    await rename(link, join(outDir, name));
  } catch (error) {
    await rm(link, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Removes `path` and everything below it; false when that failed (it is left for the next build's tidy step). */
async function remove(path: string): Promise<boolean> {
  return rm(path, { recursive: true, force: true }).then(
    () => true,
    () => false,
  );
}

/**
 * After a swap: removes the version that was published before it and the versions of processes that no longer
 * run, never the one published now (re-read here: another process may have published since). Best effort: what
 * cannot be removed waits for the next build's tidy step, and the new output is published already.
 */
async function prune(outDir: string, name: string, previous: string | undefined): Promise<void> {
  const versions = versionsDir(outDir, name);
  const now = await published(outDir, name).catch(() => undefined);
  if (!now || now.kind !== "link" || !now.version) return;
  for (const entry of await readdir(versions).catch(() => [])) {
    if (entry === now.version) continue;
    const id = parseVersionId(entry);
    if (entry === previous || (id && !isAlive(id.pid))) await remove(join(versions, entry));
  }
}

export interface PendingOutput {
  /** The folder to write the new output into. */
  dir: string;
  /** Publishes `dir` as `<outDir>/<name>` in one step and removes the previous version. */
  publish(): Promise<void>;
  /**
   * Removes what was written and returns the error to throw: one Dutch OutputError for a full, read-only or locked
   * disk, else `error` itself. The previous output stays published.
   */
  abandon(error: unknown): Promise<unknown>;
}

/**
 * Starts a new version of `<outDir>/<name>` (a host, or `deploy`). Nothing is published until `publish()`;
 * whatever happens before, including a kill, leaves the previous output in place.
 */
export async function beginOutput(outputFolder: string, name: string): Promise<PendingOutput> {
  const outDir = resolve(outputFolder); // `--out` may be relative: links are compared as absolute paths
  const versions = versionsDir(outDir, name);
  const current = join(outDir, name);
  const id = newVersionId();
  const dir = join(versions, `${id}${PART}`);
  const done = join(versions, id);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw outputWriteError(error, name, versions, current) ?? error;
  }
  let linked = false;
  return {
    dir,
    async publish() {
      await pausePoint("output:written");
      await rename(dir, done);
      await pausePoint("output:complete");
      const before = await published(outDir, name);
      let previous = before.kind === "link" ? before.version : undefined;
      let legacy: string | undefined;
      if (before.kind === "folder") {
        // Output of a build from before versioned folders: it becomes a version itself. This is the only moment at
        // which `<outDir>/<name>` is missing, once per host, for two system calls; a build killed right here gets
        // it back from the next build's tidy step (tidyOutput), which links the newest complete version.
        legacy = newVersionId();
        await rename(current, join(versions, legacy));
        previous = legacy;
        await pausePoint("output:legacy-moved");
      }
      try {
        await pointAt(outDir, name, id);
      } catch (error) {
        if (legacy) await rename(join(versions, legacy), current).catch(() => undefined);
        throw error;
      }
      linked = true;
      await pausePoint("output:linked");
      await prune(outDir, name, previous);
    },
    async abandon(error) {
      if (!linked) await Promise.all([remove(dir), remove(done)]);
      return outputWriteError(error, name, versions, current) ?? error;
    },
  };
}

export interface TidyReport {
  /** Leftovers removed: temporary and old folders, links and versions of processes that no longer run. */
  removed: string[];
  /** Outputs that were missing (a build killed during its first swap) and now point at their newest complete version. */
  relinked: string[];
}

/**
 * What killed builds leave behind, cleaned up before a build (under the output lock, build-all.ts): the temporary
 * and old folders of builds from before versioned output (`.<host>.tmp-<pid>`, `.<host>.old-<pid>`, also of
 * `deploy`), temporary links, half-written versions and versions no longer published. Only of processes that no
 * longer run (and finished versions of this process): another process may be writing one now (buildSite is public
 * API and takes no lock). An output whose name is missing or whose link points nowhere gets its newest complete
 * version back. Call it only while holding the output lock (output/lock.ts).
 */
export async function tidyOutput(outputFolder: string): Promise<TidyReport> {
  const outDir = resolve(outputFolder);
  const report: TidyReport = { removed: [], relinked: [] };
  const drop = async (path: string) => {
    if (await remove(path)) report.removed.push(path);
  };
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch {
    return report; // no output yet
  }
  for (const entry of entries) {
    const match = /^\..+\.(?:tmp|old)-(\d+)$/.exec(entry) ?? /^\..+\.link-(\d+)-[0-9a-z]+-[0-9a-f]+$/.exec(entry);
    if (match && !isAlive(Number(match[1]))) await drop(join(outDir, entry));
  }
  const root = join(outDir, STATE_DIR, VERSIONS);
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const versions = join(root, name);
    const now = await published(outDir, name);
    let keep = now.kind === "link" && now.exists ? now.version : undefined;
    if (now.kind === "none" || (now.kind === "link" && !now.exists)) {
      const complete = (await readdir(versions))
        .flatMap((entry) => {
          const id = parseVersionId(entry);
          return id?.complete ? [{ entry, time: id.time }] : [];
        })
        .sort((a, b) => a.time - b.time || (a.entry < b.entry ? -1 : 1));
      const newest = complete.at(-1)?.entry;
      if (newest) {
        await pointAt(outDir, name, newest);
        keep = newest;
        report.relinked.push(join(outDir, name));
      } else if (now.kind === "link") {
        await rm(join(outDir, name), { force: true }); // a link to nothing: the build then makes this output anew
      }
    }
    for (const entry of await readdir(versions)) {
      if (entry === keep) continue;
      const id = parseVersionId(entry);
      // A finished version of this very process that is not published is left over too: while this process holds
      // the lock, none of its own builds is between finishing a version and publishing it.
      if (!id || !isAlive(id.pid) || (id.pid === process.pid && id.complete)) await drop(join(versions, entry));
    }
    await rmdir(versions).catch(() => undefined); // only when empty
  }
  return report;
}
