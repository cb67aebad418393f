#!/usr/bin/env node
// Every name a package exports must be listed in the "## Public API" section of its README ("anything
// not listed is internal and not exported"). The names come from the built declarations (dist/*.d.ts) through
// the TypeScript compiler, so types count as well as values. Run after `npm run build`.
// Usage: node scripts/packages/check-api.mjs [--list]   (--list prints every package's exports)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { publishedWorkspaces } from "./workspaces.mjs";

/** The exported names of one declaration file. */
function exportedNames(file) {
  const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  return symbol
    ? checker
        .getExportsOfModule(symbol)
        .map((s) => s.getName())
        .sort()
    : [];
}

/** The README's "## Public API" section, up to the next level-2 heading. */
function apiSection(readme) {
  const start = readme.search(/^## Public API\s*$/m);
  if (start < 0) return undefined;
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const list = process.argv.includes("--list");
let failed = false;
for (const { dir, relDir, manifest } of publishedWorkspaces()) {
  const readmeFile = join(dir, "README.md");
  const readme = existsSync(readmeFile) ? readFileSync(readmeFile, "utf8") : "";
  const section = apiSection(readme) ?? "";
  if (!section) {
    console.error(`${relDir}/README.md has no "## Public API" section`);
    failed = true;
  }
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== "object" || !target.types) continue;
    const names = exportedNames(join(dir, target.types));
    if (list) console.log(`${manifest.name}${subpath.slice(1)} (${names.length}): ${names.join(", ")}`);
    const missing = names.filter((name) => !section.includes(`\`${name}\``) && !section.includes(`\`${name}(`));
    if (missing.length > 0) {
      console.error(`${relDir}/README.md, Public API: not listed from "${subpath}": ${missing.join(", ")}`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log("every export is listed in its README's Public API section");
