import { join } from "node:path";
import StyleDictionary from "style-dictionary";
import type { TransformedToken } from "style-dictionary/types";
import { brandFont } from "../brand.js";
import { tokensDir } from "./paths.js";

/** The class on `<html>` that the tokens are scoped to, as NL Design System themes do. */
export const themeClass = "werkcentrum-theme";

/**
 * The token set: every `tokens/*.tokens.json` file (W3C DTCG format) plus one token made from `src/brand.ts`,
 * the brand font stack, so the typeface is chosen in one place.
 */
function createDictionary(): StyleDictionary {
  return new StyleDictionary({
    source: [join(tokensDir, "*.tokens.json")],
    tokens: {
      werkcentrum: {
        "font-family": {
          brand: {
            $type: "fontFamily",
            $value: [brandFont.family, ...brandFont.fallback],
            $description: "Generated from src/brand.ts.",
          },
        },
      },
    },
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
