import { randomBytes } from "node:crypto";
import { readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { IMAGE_CHECK_FILE, isImagePath, type SiteFiles } from "@werkcentrum/content";
import { pausePoint } from "../output/process.js";
import { STATE_DIR } from "../output/versions.js";
import { ENCODED_DIR } from "./prepare.js";

/**
 * The image cache next to the build record: one folder per source image, named by the sha256 of its bytes, holding
 * what `check` found when it decoded them (`check-<settings>.json`, @werkcentrum/content image-verdicts.ts) and what
 * the encoders made of them (`encoded-<settings>/`, prepare.ts). A build prunes it (pruneImageCache), with the
 * build lock held.
 *
 *     dist/.werkcentrum/images/<sha256>/check-<settings>.json
 *     dist/.werkcentrum/images/<sha256>/encoded-<settings>/{manifest.json, <name>-<width>.<hash>.<format> …}
 */

/** The image cache of the builds into `outDir`: next to the build record (build-all.ts). */
export const imageCacheDir = (outDir: string): string => join(outDir, STATE_DIR, "images");

/** The cache folder of one source image. */
export const imageCacheEntry = (cache: string, sha256: string): string => join(cache, sha256);

/** The sha256 of every image in a site folder as read (SiteFiles.hashes), sorted: the cache entries its build uses. */
export function imageSources(files: SiteFiles): string[] {
  const hashes = new Set<string>();
  for (const [path, hash] of files.hashes) if (path.startsWith("content/") && isImagePath(path)) hashes.add(hash);
  return [...hashes].sort();
}

const SOURCE_NAME = /^[0-9a-f]{64}$/;

export interface PruneResult {
  /** Source folders removed: no site uses their image any more. */
  sources: number;
  /** Entries of other settings (a new encoder, changed settings) and leftovers of killed builds removed from kept folders. */
  stale: number;
}

/**
 * Removes every cache entry no site uses: the folders of sources not in `keep`, and inside the kept ones what other
 * settings made and what killed builds left half-written (temporary files and folders). Call it only with the build lock held
 * (output/lock.ts), after every builder finished: nothing else writes to the cache then.
 *
 * A killed prune leaves no half entry: a folder is first renamed to a name no entry has (`.pruned-…`, one atomic
 * step), then deleted, so an entry is whole or gone; what a killed prune renamed the next one deletes. (An encoded
 * entry with files missing would be encoded again anyway: prepare.ts reads its manifest and checks every file.)
 */
export async function pruneImageCache(cache: string, keep: ReadonlySet<string>): Promise<PruneResult> {
  const result: PruneResult = { sources: 0, stale: 0 };
  let names: string[];
  try {
    names = await readdir(cache);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return result;
    throw error;
  }
  for (const name of names.sort()) {
    const dir = join(cache, name);
    if (!SOURCE_NAME.test(name) || !keep.has(name)) {
      await remove(dir);
      if (SOURCE_NAME.test(name)) result.sources++;
      continue;
    }
    for (const inner of await readdir(dir)) {
      if (inner === IMAGE_CHECK_FILE || inner === ENCODED_DIR) continue;
      await remove(join(dir, inner));
      result.stale++;
    }
  }
  return result;
}

/** Renames `path` out of the way in one step, then deletes it. */
async function remove(path: string): Promise<void> {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base.startsWith(".pruned-")) {
    await rm(path, { recursive: true, force: true });
    return;
  }
  const aside = join(path, "..", `.pruned-${randomBytes(6).toString("hex")}`);
  await rename(path, aside);
  await pausePoint("images:pruning");
  await rm(aside, { recursive: true, force: true });
}
