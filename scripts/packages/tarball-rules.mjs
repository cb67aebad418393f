// What a published tarball may and must contain. Pure functions over the file list, so node:test can try them.
import { SOURCE_CONDITION } from "./source-condition.mjs";

/** Files that never belong in a tarball, with the reason shown when one does. */
export const FORBIDDEN = [
  [/(^|\/)(src|test|tests|__tests__|fixtures|__fixtures__|node_modules|coverage|\.turbo|\.cache)\//, "a source, test or cache folder"],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, "a test file"],
  [/(^|\/)[^/]*fixture[^/]*$/i, "a test fixture"],
  [/\.map$/, "a source map (the packages ship none: tsup runs with sourcemap: false)"],
  [/\.tsbuildinfo$/, "TypeScript build state"],
  [/(^|\/)(tsconfig[^/]*\.json|(tsup|vitest)\.config\.[cm]?[jt]s)$/, "a build or test configuration"],
  [/(?<!\.d)\.[cm]?ts$/, "TypeScript source (only .d.ts declarations are published)"],
  [/(^|\/)\.[^/]+$/, "a dot file"],
];

/**
 * Files a package ships on purpose although a FORBIDDEN pattern matches them, with the reason. Test files are
 * never excepted: they match a second pattern that has no exception.
 */
export const INTENDED = {
  "@werkcentrum/generator": [
    // The gemeente finder's browser script is bundled with esbuild while a site builds, from this source and the
    // installed @werkcentrum/regions/finder (src/browser-bundle.ts), so the TypeScript source ships.
    [/^src\/browser\/(?![^/]*\.test\.)[^/]+\.ts$/, ["a source, test or cache folder", "TypeScript source (only .d.ts declarations are published)"]],
    // Eleventy ships no types; dist/index.d.ts references these declarations of the part the API uses.
    [/^src\/eleventy\.d\.ts$/, ["a source, test or cache folder"]],
  ],
};

function excepted(name, file, why) {
  return (INTENDED[name] ?? []).some(([pattern, reasons]) => pattern.test(file) && reasons.includes(why));
}

/** Every export target that is a plain path, from string and condition-object exports alike. */
export function exportTargets(exportsMap) {
  const targets = [];
  const walk = (subpath, target) => {
    if (typeof target === "string") targets.push({ subpath, target });
    else if (target && typeof target === "object") for (const value of Object.values(target)) walk(subpath, value);
  };
  for (const [subpath, target] of Object.entries(exportsMap ?? {})) walk(subpath, target);
  return targets;
}

/** Problems with one tarball: `files` are its paths without the leading `package/`. */
export function tarballProblems(files, manifest) {
  const problems = [];
  const present = new Set(files);
  for (const file of files) {
    for (const [pattern, why] of FORBIDDEN) {
      if (pattern.test(file) && !excepted(manifest.name, file, why)) problems.push(`${file}: ${why}`);
    }
  }
  for (const required of ["package.json", "README.md", "LICENSE"]) {
    if (!present.has(required)) problems.push(`${required} is missing`);
  }
  if (JSON.stringify(manifest.exports ?? {}).includes(SOURCE_CONDITION)) {
    problems.push(`package.json still has the "${SOURCE_CONDITION}" condition (prepack did not run?)`);
  }
  for (const { subpath, target } of exportTargets(manifest.exports)) {
    const path = target.replace(/^\.\//, "");
    if (path.includes("*")) {
      const [before, after] = path.split("*");
      if (!files.some((file) => file.startsWith(before) && file.endsWith(after))) problems.push(`exports["${subpath}"]: nothing matches ${target}`);
    } else if (!present.has(path)) {
      problems.push(`exports["${subpath}"]: ${target} is not in the tarball`);
    }
  }
  const bins = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
  for (const bin of bins) if (!present.has(bin.replace(/^\.\//, ""))) problems.push(`bin ${bin} is not in the tarball`);
  return problems;
}
