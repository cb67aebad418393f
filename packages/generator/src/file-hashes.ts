import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, type BigIntStats } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { readdir, rm } from "node:fs/promises";
import type { FileHashCache } from "@werkcentrum/content";
import { removeAtomicLeftovers, writeAtomicSync } from "./output/atomic.js";
import { isAlive } from "./output/process.js";

/**
 * The sha256 of every input file a build fingerprints (site folders, the Werkcentrum packages' files), kept in
 * `<outDir>/.werkcentrum/file-hashes.json` by what `lstat` says of the file, so a build where nothing changed reads
 * no file to fingerprint it: reading and hashing the 160 MB of photos in the sites was most of such a build
 * (docs/performance.md).
 *
 * A kept hash is used only while the file's size, modification time, change time (both in nanoseconds) and inode
 * are exactly those it was hashed with. Editing a file changes its change time, which no program can set back, and
 * replacing it changes its inode, so content changed with the same size and a restored modification time is still
 * hashed again. As git's index does ("racy git"), a hash is also not trusted when the file's modification or change
 * time is not older than the moment the run that hashed it began: the file system's clock is coarser than a
 * nanosecond, and a file written again within the same tick would keep its stat. That moment is read from the file
 * system's own clock (the time it gives a new file in the cache's folder), before the first file is looked at, so
 * any change after a file was hashed gives it a change time that is not older.
 *
 * The same file keeps results derived from many files (`derived`: which packages are installed, from every
 * package.json and node_modules folder looked at), each with the stat of everything it was derived from.
 *
 * The cache is only ever a shortcut: a missing, unreadable, damaged or other-format file means hashing everything
 * again, and one that cannot be written is left as it was.
 */

/** The format of the file; a file of another format (another version of the generator) is not used. */
export const FILE_HASHES_FORMAT = 1;
const FILE_NAME = "file-hashes.json";
/** The name of fileSystemNow's probe, before the pid of the process that makes it. */
const PROBE_PREFIX = `.${FILE_NAME}.probe-`;

/** `size`, `mtimeNs`, `ctimeNs`, `ino` (decimal: nanoseconds do not fit in a JSON number) and the sha256. */
type Entry = [size: string, mtimeNs: string, ctimeNs: string, ino: string, sha256: string];

/** The files below one folder (a site folder, a package folder), as one run found them. */
interface Group {
  /** When that run began, on the file system's clock (nanoseconds, decimal). */
  since: string;
  /** By path relative to the folder, `/`-separated. */
  files: Record<string, Entry>;
}

/** A result computed from files and folders (derived), with what `stat` said of each of them. */
interface Derived {
  /** When the run that computed or last confirmed it began, on the file system's clock (nanoseconds, decimal). */
  since: string;
  /** By absolute path: `size:mtimeNs:ctimeNs:ino` of what `stat` found there, `-` when nothing was there. */
  watched: Record<string, string>;
  value: unknown;
}

interface Stored {
  format: typeof FILE_HASHES_FORMAT;
  /** By absolute folder path. */
  groups: Record<string, Group>;
  /** By the name the caller gives it. */
  derived: Record<string, Derived>;
}

export function fileHashesFile(outDir: string): string {
  return join(outDir, ".werkcentrum", FILE_NAME);
}

/**
 * Removes what killed builds left next to the file: a temporary file of `save` (output/atomic.ts), and a probe of
 * `fileSystemNow` whose process no longer runs (a waiting build makes one before it takes the lock). Returns the paths
 * removed. Call it only with the build lock held: `save` runs under it.
 */
export async function removeFileHashesLeftovers(outDir: string): Promise<string[]> {
  const file = fileHashesFile(outDir);
  const removed = await removeAtomicLeftovers(file);
  for (const name of await readdir(dirname(file)).catch(() => [] as string[])) {
    const pid = name.startsWith(PROBE_PREFIX) ? name.slice(PROBE_PREFIX.length) : "";
    if (!/^\d+$/.test(pid) || isAlive(Number(pid))) continue;
    await rm(join(dirname(file), name), { force: true });
    removed.push(join(dirname(file), name));
  }
  return removed;
}

function readStored(file: string): Omit<Stored, "format"> {
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Stored> | null;
    const record = (value: unknown) => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, never>) : {});
    if (stored?.format !== FILE_HASHES_FORMAT) return { groups: {}, derived: {} };
    return { groups: record(stored.groups), derived: record(stored.derived) };
  } catch {
    return { groups: {}, derived: {} }; // none yet, or unreadable: every file is hashed
  }
}

const validDerived = (derived: unknown): derived is Derived =>
  typeof derived === "object" &&
  derived !== null &&
  typeof (derived as Derived).since === "string" &&
  /^\d+$/.test((derived as Derived).since) &&
  typeof (derived as Derived).watched === "object" &&
  (derived as Derived).watched !== null &&
  "value" in derived;

/** What `stat` (following links) says of `path`, as kept in `Derived.watched`. */
function statKey(path: string): string {
  try {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}` : "-";
  } catch (error) {
    return `!${(error as NodeJS.ErrnoException).code ?? "error"}`; // ENOTDIR, EACCES: as good a fact as absence
  }
}

/** Whether a kept stat is older than `since` in both its times (a missing path has none). */
function settled(key: string, since: bigint): boolean {
  const [, mtimeNs, ctimeNs] = key.split(":");
  return mtimeNs === undefined || ctimeNs === undefined || (BigInt(mtimeNs) < since && BigInt(ctimeNs) < since);
}

const validGroup = (group: unknown): group is Group =>
  typeof group === "object" &&
  group !== null &&
  typeof (group as Group).since === "string" &&
  /^\d+$/.test((group as Group).since) &&
  typeof (group as Group).files === "object" &&
  (group as Group).files !== null;

const validEntry = (entry: unknown): entry is Entry =>
  Array.isArray(entry) &&
  entry.length === 5 &&
  entry.every((part, index) => typeof part === "string" && (index < 4 ? /^\d+$/ : /^[0-9a-f]{64}$/).test(part));

/**
 * The file system's current time as it stamps files, in nanoseconds: the modification time of a new, empty file in
 * `dir`, which is removed again. Undefined when `dir` cannot be written (then nothing is kept).
 */
export function fileSystemNow(dir: string): bigint | undefined {
  const probe = join(dir, `${PROBE_PREFIX}${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(probe, "w");
    try {
      return fstatSync(fd, { bigint: true }).mtimeNs;
    } finally {
      closeSync(fd);
      unlinkSync(probe);
    }
  } catch {
    return undefined;
  }
}

/** The hashes of one build: what the previous runs kept, and what this run found, by folder. */
export class FileHashes {
  private readonly kept: Stored["groups"];
  private readonly keptDerived: Stored["derived"];
  private readonly found = new Map<string, Group>();
  private readonly foundDerived = new Map<string, Derived>();
  /** Whether this run hashed or derived anything anew: else the kept file is left as it is. */
  private changed = false;
  /** Per folder looked at: whether it has other files than were kept for it. */
  private readonly checks: (() => boolean)[] = [];

  private constructor(
    private readonly file: string,
    /** When this run began, on the file system's clock; undefined: the cache's folder cannot be written. */
    private readonly since: bigint | undefined,
    rehash: boolean,
  ) {
    const stored = since === undefined || rehash ? { groups: {}, derived: {} } : readStored(file);
    this.kept = stored.groups;
    this.keptDerived = stored.derived;
  }

  /**
   * Starts a run: notes the file system's time first, then reads what earlier runs kept in `<outDir>/.werkcentrum`.
   * With `rehash` nothing kept is used (every file is read and hashed, as by `werkcentrum build --force`), and what
   * this run finds is kept for the next.
   */
  static open(outDir: string, options: { rehash?: boolean } = {}): FileHashes {
    const file = fileHashesFile(outDir);
    return new FileHashes(file, fileSystemNow(join(outDir, ".werkcentrum")), options.rehash === true);
  }

  /**
   * The cache for the files below `dir`, for `readSiteFiles` (`hashCache`). Each call starts the folder anew: what
   * is kept for it at the end is what this run looked up or hashed below it, so deleted files are forgotten.
   */
  folder(dir: string): FileHashCache {
    const previous = this.kept[dir];
    const before = validGroup(previous) ? previous : undefined;
    const since = before ? BigInt(before.since) : 0n;
    const now: Group = { since: String(this.since ?? 0n), files: {} };
    if (this.since !== undefined) this.found.set(dir, now);
    // path.relative resolves both paths on every call; the files are below `dir`, so its prefix is cut instead.
    const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    const key = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(dir, file)).split(sep).join("/");
    // A folder not kept before, or kept with other files, is written anew.
    if (!before) this.changed = true;
    const keptCount = before ? Object.keys(before.files).length : 0;
    let seen = 0;
    this.checks.push(() => seen !== keptCount);
    return {
      get: (file, stat) => {
        const path = key(file);
        const entry = before && Object.hasOwn(before.files, path) ? before.files[path] : undefined;
        if (!validEntry(entry)) return undefined;
        const [size, mtimeNs, ctimeNs, ino, hash] = entry;
        if (String(stat.size) !== size || String(stat.mtimeNs) !== mtimeNs || String(stat.ctimeNs) !== ctimeNs || String(stat.ino) !== ino)
          return undefined;
        // Racy: changed in the same tick of the file system's clock as the run that hashed it began, or later.
        if (stat.mtimeNs >= since || stat.ctimeNs >= since) return undefined;
        // Seen unchanged by this run, after it began: kept with this run's time.
        if (!Object.hasOwn(now.files, path)) seen++;
        now.files[path] = entry;
        return hash;
      },
      set: (file, stat, hash) => {
        this.changed = true;
        now.files[key(file)] = entryOf(stat, hash);
      },
    };
  }

  /**
   * `compute`'s result, or the one kept under `key` when nothing it looked at changed: `compute` names every file or
   * folder its result depends on to `watch` before it reads it (a folder for the names in it), and a kept result
   * is used only while `stat` finds each of them exactly as then (or still missing), none changed in or after the
   * tick in which the run that computed it began, and `valid` accepts it. The result must survive JSON as it is.
   */
  derived<T>(key: string, compute: (watch: (path: string) => void) => T, valid: (value: unknown) => value is T): T {
    const kept = Object.hasOwn(this.keptDerived, key) ? this.keptDerived[key] : undefined;
    if (this.since !== undefined && validDerived(kept) && valid(kept.value)) {
      const since = BigInt(kept.since);
      if (Object.entries(kept.watched).every(([path, was]) => typeof was === "string" && statKey(path) === was && settled(was, since))) {
        // Every stat confirmed after this run began: kept with this run's time.
        this.foundDerived.set(key, { ...kept, since: String(this.since) });
        return kept.value;
      }
    }
    this.changed = true;
    const watched: Record<string, string> = {};
    const value = compute((path) => {
      if (!Object.hasOwn(watched, path)) watched[path] = statKey(path);
    });
    if (this.since !== undefined) this.foundDerived.set(key, { since: String(this.since), watched, value });
    return value;
  }

  /**
   * Writes what this run found, when it found anything new, over the file as it is now (another build may have written it since this one read
   * it; its folders that this run did not look at are kept), leaving out folders that no longer exist. Written whole
   * (output/atomic.ts), so a killed build leaves the old file or the new one.
   */
  save(): void {
    // Nothing hashed anew, every folder looked at has the files it had and none kept is gone: the kept file says it
    // all already (its times are older than this run's, which only makes it stricter).
    if (this.since === undefined) return;
    const gone = () => Object.keys(this.kept).some((dir) => !this.found.has(dir) && !existsSync(dir));
    if (!this.changed && !this.checks.some((differs) => differs()) && !gone()) return;
    const now = readStored(this.file);
    const groups: Stored["groups"] = {};
    for (const [dir, group] of Object.entries(now.groups)) if (!this.found.has(dir) && validGroup(group) && existsSync(dir)) groups[dir] = group;
    for (const [dir, group] of this.found) groups[dir] = group;
    const derived: Stored["derived"] = {};
    for (const [key, value] of Object.entries(now.derived)) if (!this.foundDerived.has(key) && validDerived(value)) derived[key] = value;
    for (const [key, value] of this.foundDerived) derived[key] = value;
    const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    try {
      writeAtomicSync(
        this.file,
        `${JSON.stringify({ format: FILE_HASHES_FORMAT, groups: sorted(groups), derived: sorted(derived) } satisfies Stored)}\n`,
      );
    } catch {
      // A full or read-only disk: the next build hashes again; the build itself reports what it could not write.
    }
  }
}

function entryOf(stat: BigIntStats, hash: string): Entry {
  return [String(stat.size), String(stat.mtimeNs), String(stat.ctimeNs), String(stat.ino), hash];
}
