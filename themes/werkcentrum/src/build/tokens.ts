import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import StyleDictionary from "style-dictionary";
import type { TransformedToken } from "style-dictionary/types";
import { brandFont } from "../brand.js";
import { tokensDir } from "./paths.js";

/** The class on `<html>` that the tokens are scoped to, as NL Design System themes do. */
export const themeClass = "werkcentrum-theme";

/** The one token made from `src/brand.ts` (the brand font stack), as a DTCG token group. */
export function brandFontTokens() {
  return {
    werkcentrum: {
      "font-family": {
        brand: {
          $type: "fontFamily",
          $value: [brandFont.family, ...brandFont.fallback],
          $description: "Generated from src/brand.ts.",
        },
      },
    },
  };
}

/** The file in the published `tokens/` folder that holds the brand font token (the other files are `tokens/` as is). */
export const BRAND_FONT_TOKENS_FILE = "font-family.tokens.json";

/**
 * The design tokens as the package publishes them for other tools (package.json "exports": `./tokens/*.tokens.json`
 * and `./tokens.css`), by file name in `dist/tokens/`: every W3C DTCG file of `tokens/` unchanged, the brand font
 * token as a DTCG file of its own, and the CSS custom properties the stylesheet uses (`tokens.css`, given).
 */
export function publishedTokenFiles(tokensCss: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(tokensDir)
    .filter((file) => file.endsWith(".tokens.json"))
    .sort()) {
    files.set(name, readFileSync(join(tokensDir, name), "utf8"));
  }
  files.set(BRAND_FONT_TOKENS_FILE, `${JSON.stringify(brandFontTokens(), null, 2)}\n`);
  files.set("tokens.css", tokensCss);
  return files;
}

/**
 * The token set: every `tokens/*.tokens.json` file (W3C DTCG format) plus one token made from `src/brand.ts`,
 * the brand font stack, so the typeface is chosen in one place.
 */
function createDictionary(): StyleDictionary {
  return new StyleDictionary({
    source: [join(tokensDir, "*.tokens.json")],
    tokens: brandFontTokens(),
    usesDtcg: true,
    log: { verbosity: "silent", warnings: "disabled" },
    platforms: {
      css: {
        transformGroup: "css",
        files: [
          {
            destination: "tokens.css",
            format: "css/variables",
            options: { selector: `.${themeClass}`, outputReferences: true, showFileHeader: false },
          },
        ],
      },
    },
  });
}

/** The tokens as CSS custom properties on `.werkcentrum-theme`, semantic tokens referring to the brand palette. */
export async function buildTokensCss(): Promise<string> {
  const [file] = await createDictionary().formatPlatform("css");
  if (!file || typeof file.output !== "string") throw new Error("Style Dictionary produced no CSS");
  return `/* Generated from tokens/*.tokens.json by \`npm run build\`. Do not edit: change the tokens. */\n${file.output}`;
}

/** Every token with its references resolved, keyed by its dotted path (`basis.color.default.bg-document`). */
export async function resolvedTokens(): Promise<Map<string, TransformedToken>> {
  const { allTokens } = await createDictionary().getPlatformTokens("css");
  return new Map(allTokens.map((token) => [token.path.join("."), token]));
}
