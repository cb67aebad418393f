import { readFileSync } from "node:fs";

/** A brand font file the pages load, and preload when `preload` is set. */
export interface ThemeFontAsset {
  href: string;
  weight: number;
  style: string;
  preload: boolean;
}

/** Public URLs of the theme's content-hashed assets, as written by the asset build. */
export interface ThemeAssets {
  /** The one stylesheet every page loads, for example `/assets/werkcentrum.0123456789.css`. */
  css: string;
  fonts: ThemeFontAsset[];
}

/**
 * Read at import time from `asset-manifest.json` beside this module: `src/` in the repository (the file is
 * committed, so tests need no build) and `dist/` in the published package (copied there by the build).
 */
export const themeAssets: ThemeAssets = JSON.parse(readFileSync(new URL("./asset-manifest.json", import.meta.url), "utf8")) as ThemeAssets;
