#!/usr/bin/env node
// Checks the package.json fields every published package needs (publint and npm docs), that the in-repo source condition is
// in place (a pack that failed half-way could leave it stripped), and that every site workspace is private, so
// `changeset publish` can never publish one. With --release it also demands repository.url, which npm's
// provenance check compares with the repository that runs the publish.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SOURCE_CONDITION } from "./source-condition.mjs";
import { publishedWorkspaces, repoRoot, siteWorkspaces } from "./workspaces.mjs";

const release = process.argv.includes("--release");
const problems = [];
const rootLicense = readFileSync(join(repoRoot, "LICENSE"), "utf8");
const rootEngines = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).engines?.node;

for (const { dir, relDir, manifest: m } of publishedWorkspaces()) {
  const fail = (message) => problems.push(`${relDir}/package.json: ${message}`);
  if (!m.name?.startsWith("@werkcentrum/")) fail(`name ${m.name} is not in the @werkcentrum scope`);
  if (m.license !== "EUPL-1.2") fail(`license must be EUPL-1.2, is ${m.license}`);
  if (m.type !== "module") fail('type must be "module"');
  if (m.sideEffects !== false) fail("sideEffects must be false (no module does work on import)");
  if (m.engines?.node !== rootEngines) fail(`engines.node must equal the root's ${rootEngines}`);
  if (m.publishConfig?.access !== "public") fail("publishConfig.access must be public (scoped packages are private by default)");
  if (m.publishConfig?.provenance !== true) fail("publishConfig.provenance must be true");
  if (!m.description) fail("description is missing");
  if (!Array.isArray(m.files)) fail("files is missing: without it npm publishes the whole folder");
  if (!m.scripts?.prepack?.includes("source-condition.mjs strip")) fail("scripts.prepack must strip the source condition");
  if (!m.scripts?.postpack?.includes("source-condition.mjs restore-after-pack")) fail("scripts.postpack must restore it");
  if (!m.scripts?.postpublish?.includes("source-condition.mjs restore")) fail("scripts.postpublish must restore it");
  for (const [subpath, target] of Object.entries(m.exports ?? {})) {
    if (target && typeof target === "object" && !(SOURCE_CONDITION in target)) {
      fail(`exports["${subpath}"] lacks "${SOURCE_CONDITION}": run \`node scripts/packages/source-condition.mjs restore ${relDir}\``);
    }
  }
  if (m.repository && m.repository.directory !== relDir) fail(`repository.directory must be ${relDir}`);
  if (release && !m.repository?.url) fail("repository.url is missing; npm rejects a provenance statement without it");
  // npm packs a LICENSE only from the package folder, so each package keeps a copy of the root one.
  const license = join(dir, "LICENSE");
  if (!existsSync(license) || readFileSync(license, "utf8") !== rootLicense) fail("LICENSE is missing or differs from the root LICENSE: copy it");
}
for (const { relDir, manifest } of siteWorkspaces()) {
  if (manifest.private !== true) problems.push(`${relDir}/package.json: a site workspace must be private`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`manifests OK: ${publishedWorkspaces().length} packages, ${siteWorkspaces().length} private site workspaces`);
