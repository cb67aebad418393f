import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The theme package's root folder. Found by walking up, because this code runs both from `src/build/` (tests)
 * and bundled from `node_modules/.cache/` (`npm run build`).
 */
function findThemeRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@werkcentrum/theme") return dir;
  }
  throw new Error(`@werkcentrum/theme: no package root above ${start}`);
}

export const themeRoot = findThemeRoot(dirname(fileURLToPath(import.meta.url)));
export const tokensDir = join(themeRoot, "tokens");
export const srcDir = join(themeRoot, "src");
export const stylesDir = join(srcDir, "styles");
export const componentsDir = join(srcDir, "templates", "components");
export const srcAssetsDir = join(srcDir, "assets");
export const manifestFile = join(srcDir, "asset-manifest.json");
export const distDir = join(themeRoot, "dist");
