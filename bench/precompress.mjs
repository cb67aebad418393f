// The compression every site build does (`precompress` in the generator), over every built site of a dist/ folder,
// in memory: each text file's .gz and .br twins are computed with the build's own function and not written, so the
// figure is the CPU of compressing alone, without the file system. Prints one JSON line: { files, seconds }.
//
// With --write, the peer pipeline's step instead (bench/run.mjs): the build's own `precompress` writes the twins
// next to the files of each site folder, as a team would run it after Eleventy and Pagefind.
//
// Usage: node bench/precompress.mjs <dist> [--write]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compressTwins, isCompressible, precompress } from "@werkcentrum/generator";

const [dist, mode] = process.argv.slice(2);
const sites = readdirSync(dist).filter((name) => !name.startsWith(".") && name !== "deploy");
console.log(JSON.stringify(mode === "--write" ? await writeTwins() : computeTwins()));

async function writeTwins() {
  const started = performance.now();
  let files = 0;
  for (const host of sites) files += (await precompress(join(dist, host), { exclude: ["pagefind/"] })).files;
  return { files, seconds: (performance.now() - started) / 1000 };
}

function computeTwins() {
  const files = [];
  for (const host of sites) {
    for (const entry of readdirSync(join(dist, host), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      files.push({ site: join(dist, host), path });
    }
  }
  const started = performance.now();
  let count = 0;
  for (const { site, path } of files) {
    const data = readFileSync(path);
    const relative = path.slice(site.length + 1);
    if (!isCompressible(relative, data.length)) continue;
    compressTwins(relative, data);
    count++;
  }
  return { files: count, seconds: (performance.now() - started) / 1000 };
}
