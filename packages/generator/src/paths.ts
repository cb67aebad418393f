import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/**
 * How a message names a file: relative to where the command runs (the repository, for editors and CI), with `/`
 * on every system, or the full path when the file lies outside it (`../../../tmp/x` says less than `/tmp/x`).
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const shown = relative(cwd, file);
  if (shown === "") return ".";
  return shown === ".." || shown.startsWith(`..${sep}`) || isAbsolute(shown) ? file : shown.split(sep).join("/");
}

/** Where the sites' content lives and where the output goes. */
export interface ProjectPaths {
  /** Folder holding one sub-folder per site (`sites/`). */
  sitesDir: string;
  /** Output folder; each site is written to `<outDir>/<host>/`. */
  outDir: string;
}

/**
 * The project root is the nearest folder, from `cwd` upwards, that has a `sites/` folder. That makes the CLI work
 * from the repository root as well as from inside `sites/<slug>/` (where turbo runs each site's build).
 */
export function findProjectPaths(cwd: string = process.cwd()): ProjectPaths {
  let dir = resolve(cwd);
  while (!existsSync(join(dir, "sites"))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Geen map 'sites/' gevonden in ${cwd} of een bovenliggende map. Start het commando in de projectmap.`);
    }
    dir = parent;
  }
  return { sitesDir: join(dir, "sites"), outDir: join(dir, "dist") };
}

/** The site slug implied by the working directory, when it is a folder directly inside `sites/`. */
export function siteFromCwd(paths: ProjectPaths, cwd: string = process.cwd()): string | undefined {
  const dir = resolve(cwd);
  return dirname(dir) === paths.sitesDir ? basename(dir) : undefined;
}
