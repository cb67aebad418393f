// A throw-away site folder for the content tests (not a test file itself, and not part of the package's API).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

/**
 * Returns a function that writes `files` (path below the site folder → contents) into a new temporary site folder
 * and returns its path. Every folder it made is deleted after each test of the calling file.
 */
export function temporarySites(prefix: string): (files: Record<string, string | Buffer>) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (files) => {
    const siteDir = await mkdtemp(join(tmpdir(), prefix));
    made.push(siteDir);
    for (const [path, data] of Object.entries(files)) {
      await mkdir(dirname(join(siteDir, path)), { recursive: true });
      await writeFile(join(siteDir, path), data);
    }
    return siteDir;
  };
}
