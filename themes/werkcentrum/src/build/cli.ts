import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { checkContrast, describeFailure, readContrastPairs } from "../tokens/contrast.js";
import { buildAssets } from "./assets.js";
import { distDir, manifestFile, srcAssetsDir, srcDir, stylesDir, themeRoot } from "./paths.js";
import { publishedTokenFiles } from "./tokens.js";

/**
 * `npm run build` step after tsup: checks the colour contrast of the tokens, regenerates the committed assets in
 * `src/` from the tokens and brand files, then copies what the package needs at run time into `dist/`: the
 * templates (without their TypeScript schemas, which tsup has bundled), the assets, the manifest and the design
 * tokens for other tools (DTCG JSON and CSS custom properties, `dist/tokens/`).
 */
async function main(): Promise<void> {
  // A colour pair below WCAG 2.2 AA stops the build before anything is written (the test checks the same).
  const failures = (await checkContrast(readContrastPairs().pairs)).filter((result) => !result.passes);
  if (failures.length > 0) {
    throw new Error(`Colour contrast below WCAG 2.2 AA; change tokens/*.tokens.json:\n  ${failures.map(describeFailure).join("\n  ")}`);
  }

  const { files, manifest } = await buildAssets({ write: true });
  for (const file of files.keys()) console.log(`  wrote ${relative(themeRoot, file)}`);

  await mkdir(distDir, { recursive: true });
  await rm(join(distDir, "templates"), { recursive: true, force: true });
  await rm(join(distDir, "assets"), { recursive: true, force: true });
  await cp(join(srcDir, "templates"), join(distDir, "templates"), {
    recursive: true,
    filter: (source) => !source.endsWith(".ts"),
  });
  await cp(srcAssetsDir, join(distDir, "assets"), { recursive: true });
  await cp(manifestFile, join(distDir, "asset-manifest.json"));
  await rm(join(distDir, "tokens"), { recursive: true, force: true });
  await mkdir(join(distDir, "tokens"));
  for (const [name, text] of publishedTokenFiles(await readFile(join(stylesDir, "tokens.css"), "utf8"))) {
    await writeFile(join(distDir, "tokens", name), text);
  }

  const css = files.get(join(srcAssetsDir, manifest.css.replace(/^\/assets\//, ""))) ?? "";
  console.log(`  ${manifest.css}: ${css.length} bytes, ${brotliCompressSync(css).length} bytes brotli`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
