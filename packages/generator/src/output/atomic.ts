import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";

/**
 * Writing a file whole or not at all, the one way this package does it: write-file-atomic writes the data to a
 * temporary file next to `file` (`<file>.<number>`), fsyncs it and renames it over `file`. rename(2) is atomic, so a
 * reader, or a build killed at any moment, finds the old file or the new one, never half of one. It keeps the mode
 * (and, run as root, the owner) of the file it replaces unless `mode` says otherwise, follows a symbolic link to the
 * file it points at, and removes its temporary file when the write fails or a signal ends the process. Only SIGKILL
 * or a crash leaves one behind: see removeAtomicLeftovers.
 *
 * A folder, a symbolic link or a file that must not exist yet is not written this way: a whole version of a site
 * is renamed into place (output/versions.ts), a link is renamed over the old one, and a file created with the `wx`
 * flag (O_EXCL) fails when it exists, which a rename cannot do.
 */
export async function writeAtomic(file: string, data: string | Buffer, options: { mode?: number } = {}): Promise<void> {
  await writeFileAtomic(file, data, options.mode === undefined ? {} : { mode: options.mode });
}

/** writeAtomic for synchronous code (a builder thread's compression, file-hashes.ts). */
export function writeAtomicSync(file: string, data: string | Buffer): void {
  writeFileAtomic.sync(file, data);
}

/**
 * Removes what killed writes of `file` left next to it: every `<file>.<suffix>` (writeAtomic's `<file>.<number>`,
 * and the `.tmp`, `.tmp-<pid>` names of the hand-written writes before it). Returns the paths removed. Call it only
 * where no other process can be writing `file` at the time: with the build lock held (output/lock.ts), as every
 * writer of the build's own files holds it.
 */
export async function removeAtomicLeftovers(file: string): Promise<string[]> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
