// For the tests of the hashes kept by stat (file-hashes.ts); not a test file itself, and not part of the API.
import { lstatSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits until the file system's clock, as read from a new file in `probeDir`, is past the last change of every file
 * and folder in `paths` (folders with everything below them): as it is for files an editor saved a while ago. A
 * file changed in the same tick as a build began is hashed again by the next build in any case (the racy rule),
 * which would hide what a test looks at.
 */
export async function afterTick(probeDir: string, paths: readonly string[]): Promise<void> {
  let last = 0n;
  const visit = (path: string) => {
    const stat = lstatSync(path, { bigint: true });
    for (const time of [stat.mtimeNs, stat.ctimeNs]) if (time > last) last = time;
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  paths.forEach(visit);
  mkdirSync(probeDir, { recursive: true });
  const probe = join(probeDir, `.probe-${process.pid}`);
  for (;;) {
    writeFileSync(probe, "");
    const now = lstatSync(probe, { bigint: true }).mtimeNs;
    unlinkSync(probe);
    if (now > last) return;
    await sleep(2);
  }
}
