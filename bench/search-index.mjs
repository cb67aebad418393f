// Pagefind over every built site of a dist/ folder, the way `werkcentrum build` runs it: Pagefind's Node API with
// one Pagefind process for all sites, each site's index taken in memory and written by Node to `<out>/<host>/`
// (pages/search-index.ts).
// Prints one JSON line: { pages, seconds, sites: { <host>: seconds } }. Pagefind indexes on one core, so the
// wall time is also its CPU time; bench/run.mjs uses it for the search part of the lower bound.
//
// Usage: node bench/search-index.mjs <dist> <out>
import { readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";

const [dist, out] = process.argv.slice(2);
const sites = {};
let pages = 0;
const started = performance.now();
for (const host of readdirSync(dist)
  .filter((name) => !name.startsWith(".") && name !== "deploy")
  .sort()) {
  const siteStarted = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: join(dist, host), glob: "**/*.html" });
  const got = await index.getFiles();
  const problems = [...added.errors, ...got.errors];
  if (problems.length > 0) throw new Error(`pagefind, ${host}: ${problems.join("; ")}`);
  for (const file of got.files) {
    await mkdir(dirname(join(out, host, file.path)), { recursive: true });
    await writeFile(join(out, host, file.path), file.content);
  }
  await index.deleteIndex();
  pages += added.page_count;
  sites[host] = (performance.now() - siteStarted) / 1000;
}
await pagefind.close();
console.log(JSON.stringify({ pages, seconds: (performance.now() - started) / 1000, sites }));
