import { readFileSync } from "node:fs";
import { join } from "node:path";
import { wcagContrast } from "culori";
import { tokensDir } from "../build/paths.js";
import { resolvedTokens } from "../build/tokens.js";

/** How a pair is used decides the minimum contrast ratio (WCAG 2.2 success criteria 1.4.3 and 1.4.11, level AA). */
export const minimumContrast = { text: 4.5, "large-text": 3, ui: 3 } as const;

export interface ContrastPair {
  use: keyof typeof minimumContrast;
  foreground: string;
  background: string;
  where: string;
}

export interface ContrastResult extends ContrastPair {
  foregroundColor: string;
  backgroundColor: string;
  ratio: number;
  required: number;
  passes: boolean;
}

export interface ContrastPairsFile {
  pairs: ContrastPair[];
  decorative: Record<string, string>;
}

export function readContrastPairs(): ContrastPairsFile {
  return JSON.parse(readFileSync(join(tokensDir, "contrast-pairs.json"), "utf8")) as ContrastPairsFile;
}

/** Resolves each pair's tokens and measures it with culori's WCAG 2 contrast ratio (relative luminance). */
export async function checkContrast(pairs: ContrastPair[]): Promise<ContrastResult[]> {
  const tokens = await resolvedTokens();
  const color = (path: string): string => {
    const token = tokens.get(path);
    if (!token || token.$type !== "color") throw new Error(`contrast-pairs.json names ${path}, which is not a colour token`);
    return String(token.$value);
  };
  return pairs.map((pair) => {
    const foregroundColor = color(pair.foreground);
    const backgroundColor = color(pair.background);
    const ratio = wcagContrast(foregroundColor, backgroundColor);
    const required = minimumContrast[pair.use];
    return { ...pair, foregroundColor, backgroundColor, ratio, required, passes: ratio >= required };
  });
}

/** Semantic colour tokens (not the brand palette), which components use and so must be checked. */
export async function semanticColorTokens(): Promise<string[]> {
  const tokens = await resolvedTokens();
  return [...tokens.entries()].filter(([path, token]) => token.$type === "color" && !path.startsWith("werkcentrum.")).map(([path]) => path);
}

/** One line per failing pair, naming tokens, colours, ratio and where the pair is used. */
export function describeFailure(result: ContrastResult): string {
  return `${result.foreground} (${result.foregroundColor}) on ${result.background} (${result.backgroundColor}): ${result.ratio.toFixed(2)}:1, needs ${result.required}:1 for ${result.use} (${result.where})`;
}
