// The child process of the crash tests (test-helpers.ts: buildInChild): `buildSites` on a test project, from source.
// Not part of the package. Prints `built <hosts>` when done; the CLI's error handling sets the exit code.
import { buildSites } from "../build-all.js";
import { getSite } from "../sites.js";
import { OutputError } from "./errors.js";

const { sitesDir, outDir, slugs, lockWaitMs } = JSON.parse(process.argv[2]!) as {
  sitesDir: string;
  outDir: string;
  slugs: string[];
  lockWaitMs?: number;
};
try {
  const result = await buildSites(
    slugs.map((slug) => getSite(slug)!),
    { sitesDir, outDir },
    { jobs: 1, ...(lockWaitMs === undefined ? {} : { lockWaitMs }) },
  );
  console.log(`built ${result.built.join(" ")}`);
} catch (error) {
  console.error(error instanceof OutputError ? error.message : error);
  process.exitCode = 1;
}
