#!/usr/bin/env node
// Removes the in-repo "@werkcentrum/source" export condition from a package's package.json while npm packs or
// publishes it, and puts it back afterwards. Inside the repository that condition points at ./src/*.ts, so
// tests and type checks need no build; src/ is not published, so a tarball that kept it would promise files it
// does not contain. npm has no publishConfig.exports (only pnpm and yarn do), so each package's lifecycle
// scripts call this file: `prepack` strips, `postpack` restores after `npm pack`. During `npm publish` the restore
// waits for `postpublish`: npm re-reads package.json after packing and sends THAT to the registry as the
// version's metadata, which must match the tarball.
//
// Restoring re-inserts the recorded conditions into the package.json as it is THEN, rather than writing back a
// saved copy: another command (an `npm install -w …`) may have changed the file in between, and a saved copy
// would undo that change.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SOURCE_CONDITION = "@werkcentrum/source";

/** The package.json without the source condition, and the removed targets by export subpath. */
export function stripSourceCondition(manifest) {
  const removed = {};
  const exportsMap = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (target && typeof target === "object" && SOURCE_CONDITION in target) {
      const { [SOURCE_CONDITION]: source, ...rest } = target;
      removed[subpath] = source;
      exportsMap[subpath] = rest;
    } else {
      exportsMap[subpath] = target;
    }
  }
  return { manifest: manifest.exports ? { ...manifest, exports: exportsMap } : manifest, removed };
}

/** Puts the removed conditions back as the first key of each export, where Node and TypeScript look first. */
export function restoreSourceCondition(manifest, removed) {
  if (!manifest.exports) return manifest;
  const exportsMap = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const source = removed[subpath];
    const hasIt = target && typeof target === "object" && SOURCE_CONDITION in target;
    exportsMap[subpath] = source !== undefined && !hasIt && typeof target === "object" ? { [SOURCE_CONDITION]: source, ...target } : target;
  }
  return { ...manifest, exports: exportsMap };
}

// The record of what was removed lives in the package's node_modules/.cache, never in a published folder.
function recordFile(dir) {
  return join(dir, "node_modules", ".cache", "werkcentrum-pack", "source-condition.json");
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function writeManifest(file, manifest) {
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function strip(dir) {
  const file = join(dir, "package.json");
  const record = recordFile(dir);
  // A pack that failed after prepack never ran postpack: restore first, so the record is never lost.
  if (existsSync(record)) restore(dir);
  const { manifest, removed } = stripSourceCondition(readJson(file));
  if (Object.keys(removed).length === 0) return;
  mkdirSync(join(record, ".."), { recursive: true });
  writeFileSync(record, JSON.stringify(removed));
  writeManifest(file, manifest);
}

export function restore(dir) {
  const file = join(dir, "package.json");
  const record = recordFile(dir);
  if (!existsSync(record)) return;
  writeManifest(file, restoreSourceCondition(readJson(file), readJson(record)));
  rmSync(record);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [command, dir = process.cwd()] = process.argv.slice(2);
  if (command === "strip") strip(dir);
  else if (command === "restore") restore(dir);
  else if (command === "restore-after-pack") {
    if (process.env.npm_command !== "publish") restore(dir);
  } else {
    console.error("Usage: source-condition.mjs strip|restore|restore-after-pack [package folder]");
    process.exit(2);
  }
}
