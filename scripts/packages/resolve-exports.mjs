// Runs INSIDE the consumer project (consumer-test.mjs copies it there): imports every subpath of the exports map
// of every installed @werkcentrum package, the way a consumer would, and writes src/exports.ts so that `tsc`
// also resolves the types of every JavaScript export. A wildcard subpath is tried with every file it matches.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const scope = join(process.cwd(), "node_modules", "@werkcentrum");
const typeImports = [];
let count = 0;

/** The files under `dir`, as paths relative to `base`. */
function filesUnder(dir, base) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(base, join(entry.parentPath ?? entry.path, entry.name)));
}

/** The concrete subpaths of one exports entry: itself, or every file a wildcard target matches. */
function subpathsOf(packageDir, subpath, target) {
  if (!subpath.includes("*")) return [subpath];
  const path = (typeof target === "string" ? target : Object.values(target).find((t) => typeof t === "string")).replace(/^\.\//, "");
  const [before, after] = path.split("*");
  return filesUnder(join(packageDir, dirname(before)), packageDir)
    .filter((file) => file.startsWith(before) && file.endsWith(after))
    .map((file) => subpath.replace("*", file.slice(before.length, file.length - after.length)));
}

async function load(specifier) {
  const url = import.meta.resolve(specifier);
  if (!existsSync(fileURLToPath(url))) throw new Error(`${specifier} resolves to ${url}, which does not exist`);
  if (/\.[cm]?js$/.test(url)) return Object.keys(await import(specifier)).length;
  if (url.endsWith(".json")) return Object.keys((await import(specifier, { with: { type: "json" } })).default).length;
  // A stylesheet (the theme's tokens.css): must declare custom properties.
  if (url.endsWith(".css")) return (readFileSync(fileURLToPath(url), "utf8").match(/^\s*--[\w-]+:/gm) ?? []).length;
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) && 1; // data files (TopoJSON): must parse
}

for (const name of readdirSync(scope).sort()) {
  const packageDir = join(scope, name);
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const concrete = subpathsOf(packageDir, subpath, target);
    if (concrete.length === 0) throw new Error(`${manifest.name} exports ${subpath}, which matches no file`);
    for (const sub of concrete) {
      const specifier = sub === "." ? manifest.name : `${manifest.name}/${sub.slice(2)}`;
      const size = await load(specifier);
      if (size === 0) throw new Error(`${specifier} loads but is empty`);
      if (typeof target === "object" && target.types) typeImports.push(specifier);
      console.log(`resolves: ${specifier}`);
      count += 1;
    }
  }
}
writeFileSync(
  "src/exports.ts",
  typeImports.map((specifier, i) => `import * as m${i} from "${specifier}";\nexport const n${i}: number = Object.keys(m${i}).length;\n`).join(""),
);
console.log(`${count} exports resolve; ${typeImports.length} typed entry points written to src/exports.ts`);
