import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { brandFont } from "../brand.js";
import { hashedName } from "./hash.js";

export interface BuiltFont {
  /** Path below the assets folder, for example `fonts/source-sans-3-latin-400-normal.0123456789.woff2`. */
  path: string;
  bytes: Buffer;
  weight: number;
  style: string;
}

/** The font licence, copied to `fonts/LICENSE.txt` next to the files. */
export async function fontLicense(): Promise<Buffer> {
  return readFile(brandFont.license);
}

/** The brand font files under content-hashed names, so they can be cached forever. */
export async function buildFonts(): Promise<BuiltFont[]> {
  return Promise.all(
    brandFont.faces.map(async (face) => {
      const bytes = await readFile(face.file);
      return { path: `fonts/${hashedName(basename(face.file), bytes)}`, bytes, weight: face.weight, style: face.style };
    }),
  );
}

/**
 * One `@font-face` rule per face. `font-display: swap` shows text at once in the fallback font; `unicode-range`
 * keeps the browser from using (or downloading) the Latin files for Cyrillic or Arabic text.
 * The URLs are relative to the bundled stylesheet, which lives in the same assets folder.
 */
export function fontFaceCss(fonts: BuiltFont[]): string {
  const rules = fonts.map((font) =>
    [
      "@font-face {",
      `  font-family: "${brandFont.family}";`,
      `  font-style: ${font.style};`,
      `  font-weight: ${font.weight};`,
      "  font-display: swap;",
      `  src: url("${font.path}") format("woff2");`,
      `  unicode-range: ${brandFont.unicodeRange};`,
      "}",
    ].join("\n"),
  );
  return `/* Generated from src/brand.ts by \`npm run build\`. Do not edit. */\n${rules.join("\n")}\n`;
}
