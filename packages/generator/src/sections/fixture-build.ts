import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite, type BuildResult } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";

/** The test fixture region (test data, see its README.md). */
export const fixtureDir = fileURLToPath(new URL("../../test/fixtures/voorbeeldregio/", import.meta.url));

/**
 * Copies the fixture to a fresh temporary `sites/rijnmond/` (the schema needs a real region code) and builds it
 * with `buildDate` as the build date. For tests only; not exported from the package.
 */
export async function buildFixture(buildDate = "2026-06-01"): Promise<BuildResult & { paths: ProjectPaths }> {
  const root = await mkdtemp(join(tmpdir(), "wc-voorbeeldregio-"));
  const paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await cp(fixtureDir, join(paths.sitesDir, "rijnmond"), { recursive: true });
  const previous = process.env.WERKCENTRUM_BUILD_DATE;
  process.env.WERKCENTRUM_BUILD_DATE = buildDate;
  try {
    return { ...(await buildSite(getSite("rijnmond")!, paths)), paths };
  } finally {
    if (previous === undefined) delete process.env.WERKCENTRUM_BUILD_DATE;
    else process.env.WERKCENTRUM_BUILD_DATE = previous;
  }
}
