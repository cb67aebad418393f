import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ThemeAssets } from "../manifest.js";
import { bundleCss } from "./css.js";
import { buildFonts, fontFaceCss, fontLicense } from "./fonts.js";
import { hashedName } from "./hash.js";
import { manifestFile, srcAssetsDir, stylesDir } from "./paths.js";
import { buildTokensCss } from "./tokens.js";

/** Everything the asset build writes, as absolute path → content. */
export type AssetFiles = Map<string, string | Buffer>;

/** Public URL folder of the assets: the generator copies the theme's assets folder to `/assets/`. */
const publicBase = "/assets/";

/**
 * Runs the asset pipeline in memory: tokens → CSS custom properties (Style Dictionary), brand fonts under hashed
 * names, `@font-face` rules, one minified stylesheet under a hashed name (esbuild), and the manifest the templates
 * read. With `write: false` nothing touches the disk, which is how the test compares a fresh build with the
 * committed files.
 */
export async function buildAssets(options: { write: boolean }): Promise<{ files: AssetFiles; manifest: ThemeAssets }> {
  const files: AssetFiles = new Map();
  const fonts = await buildFonts();
  files.set(join(stylesDir, "tokens.css"), await buildTokensCss());
  files.set(join(stylesDir, "fonts.css"), fontFaceCss(fonts));

  const css = await bundleCss(files);
  const cssName = hashedName("werkcentrum.css", css);
  files.set(join(srcAssetsDir, cssName), css);
  for (const font of fonts) files.set(join(srcAssetsDir, font.path), font.bytes);
  files.set(join(srcAssetsDir, "fonts", "LICENSE.txt"), await fontLicense());

  const manifest: ThemeAssets = {
    css: `${publicBase}${cssName}`,
    fonts: fonts.map((font) => ({ href: `${publicBase}${font.path}`, weight: font.weight, style: font.style, preload: true })),
  };
  files.set(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  if (options.write) {
    await removeStaleAssets(files);
    await writeFiles(files);
  }
  return { files, manifest };
}

async function writeFiles(files: AssetFiles): Promise<void> {
  for (const [file, content] of files) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Deletes hashed assets of earlier builds, so the assets folder holds exactly what the manifest names. */
async function removeStaleAssets(files: AssetFiles): Promise<void> {
  const entries = await readdir(srcAssetsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && /\.(css|woff2)$/.test(entry.name) && !files.has(file)) await rm(file);
  }
}
