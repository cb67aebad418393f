import { createRequire } from "node:module";

/**
 * The brand assets that are not design tokens: the typeface files. Together with the wordmark in
 * `templates/brand/wordmark.svg` this is everything to replace when the official Werkcentrum brand files arrive
 * (see README, "Swapping in the official brand assets"). The asset build reads this module; nothing else does.
 */
export interface BrandFontFace {
  weight: 400 | 700;
  style: "normal";
  /** Absolute path of the woff2 file. */
  file: string;
}

export interface BrandFont {
  /** The family name in `@font-face` and first in the font stack token `werkcentrum.font-family.brand`. */
  family: string;
  /** System fonts used while the brand font loads and for scripts it does not cover (Cyrillic, Arabic). */
  fallback: string[];
  /** At most two faces: every face is preloaded, and the budget test allows two. */
  faces: BrandFontFace[];
  /** The characters the files contain; other text falls back to the system fonts without a download. */
  unicodeRange: string;
  /** The font's licence, shipped beside the files (the SIL Open Font License asks for that). */
  license: string;
}

const require = createRequire(import.meta.url);
const fontsource = "@fontsource/source-sans-3";
const unicodeSubsets = require(`${fontsource}/unicode.json`) as Record<string, string>;

/**
 * Source Sans 3 from Fontsource, Latin subset only: it covers Dutch and English. Letters outside it (Polish ł,
 * Ukrainian, Arabic) are drawn in the system fonts, by the browser's per-character fallback.
 */
export const brandFont: BrandFont = {
  family: "Source Sans 3",
  fallback: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
  faces: [
    { weight: 400, style: "normal", file: require.resolve(`${fontsource}/files/source-sans-3-latin-400-normal.woff2`) },
    { weight: 700, style: "normal", file: require.resolve(`${fontsource}/files/source-sans-3-latin-700-normal.woff2`) },
  ],
  unicodeRange: (unicodeSubsets.latin ?? "").replaceAll(",", ", "),
  license: require.resolve(`${fontsource}/LICENSE`),
};
