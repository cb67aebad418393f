import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

/** A bundled browser script: its file name (content-hashed, so it can be cached forever) and code. */
export interface BrowserBundle {
  fileName: string;
  code: string;
}

/**
 * The scripts of `src/browser/`, each with its module format: the landing page's finder is an ES module; the web
 * editor's script is a classic one, because it has to run right after Decap's classic bundle and before Decap starts.
 */
const scripts = { finder: "esm", cms: "iife" } as const;
export type BrowserScript = keyof typeof scripts;

/**
 * The source entries ship with the package (`src/browser/`, listed in "files"), from both `src/` and `dist/`: a
 * bundle is made while a site builds, the finder from the installed `@werkcentrum/regions/finder` and its data.
 */
const packageRoot = dirname(createRequire(import.meta.url).resolve("@werkcentrum/generator/package.json"));

/** Inside the repository (running from `src/`), other packages resolve to their `src/` as well. */
const fromSource = import.meta.url.endsWith(".ts");

const cache = new Map<BrowserScript, Promise<BrowserBundle>>();

/** Bundles a script once per process with esbuild: one minified file, its imports included. */
export function browserBundle(script: BrowserScript): Promise<BrowserBundle> {
  let bundle = cache.get(script);
  if (!bundle) {
    bundle = (async () => {
      const result = await build({
        entryPoints: [join(packageRoot, "src", "browser", `${script}.ts`)],
        bundle: true,
        write: false,
        platform: "browser",
        format: scripts[script],
        target: "es2020",
        minify: true,
        legalComments: "none",
        conditions: fromSource ? ["@werkcentrum/source"] : [],
        logLevel: "silent",
      });
      const code = result.outputFiles[0]!.text;
      const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
      return { fileName: `${script}.${hash}.js`, code };
    })();
    cache.set(script, bundle);
  }
  return bundle;
}
