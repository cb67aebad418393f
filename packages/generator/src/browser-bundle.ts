import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

/** The bundled finder script: its file name under `/assets/` (content-hashed, so it can be cached forever) and code. */
export interface FinderBundle {
  fileName: string;
  code: string;
}

/**
 * The source entry ships with the package (`src/browser/`, listed in "files"), from both `src/` and `dist/`: the
 * bundle is made while a site builds, from the installed `@werkcentrum/regions/finder` and its registry data.
 */
const packageRoot = dirname(createRequire(import.meta.url).resolve("@werkcentrum/generator/package.json"));
export const finderEntry = join(packageRoot, "src", "browser", "finder.ts");

/** Inside the repository (running from `src/`), other packages resolve to their `src/` as well. */
const fromSource = import.meta.url.endsWith(".ts");

let cache: Promise<FinderBundle> | undefined;

/** Bundles the finder once per process with esbuild: one minified ES module, regions data included. */
export function finderBundle(): Promise<FinderBundle> {
  cache ??= (async () => {
    const result = await build({
      entryPoints: [finderEntry],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      target: "es2020",
      minify: true,
      legalComments: "none",
      conditions: fromSource ? ["@werkcentrum/source"] : [],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
    return { fileName: `finder.${hash}.js`, code };
  })();
  return cache;
}
