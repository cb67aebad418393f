#!/usr/bin/env node
// `npm pack` every published package into a folder (default: a new temporary one), check what each tarball holds
// (tarball-rules.mjs) and print the figures. Packing runs each package's prepack/postpack, which strip and
// restore the in-repo source condition; afterwards the package.json files must be exactly as before.
// Usage: node scripts/packages/pack.mjs [--out DIR]   Prints the tarball paths, one a line, on the last lines.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { restore } from "./source-condition.mjs";
import { tarballProblems } from "./tarball-rules.mjs";
import { publishedWorkspaces } from "./workspaces.mjs";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : mkdtempSync(join(tmpdir(), "werkcentrum-pack-"));

mkdirSync(outDir, { recursive: true });

/** `npm pack` in one package folder; when it fails after prepack, postpack never ran: restore here. */
function npmPack(dir) {
  try {
    return execFileSync("npm", ["pack", "--json", "--pack-destination", outDir], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (error) {
    restore(dir);
    throw error;
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
const tarballs = [];
for (const { dir, relDir } of publishedWorkspaces()) {
  const before = readFileSync(join(dir, "package.json"), "utf8");
  const json = npmPack(dir);
  // Lifecycle scripts may print before the JSON; it is the last top-level array in the output.
  const [result] = JSON.parse(json.slice(json.lastIndexOf("\n[") + 1));
  const tarball = join(outDir, result.filename);
  const packedManifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
  const problems = tarballProblems(
    result.files.map((file) => file.path),
    packedManifest,
  );
  if (readFileSync(join(dir, "package.json"), "utf8") !== before) problems.push("package.json was not restored after packing");
  console.log(`${result.name}@${result.version}: ${kib(result.size)} packed, ${kib(result.unpackedSize)} unpacked, ${result.entryCount} files`);
  for (const problem of problems) console.error(`  ${relDir}: ${problem}`);
  failed ||= problems.length > 0;
  tarballs.push(tarball);
}
if (failed) process.exit(1);
console.log(tarballs.join("\n"));
