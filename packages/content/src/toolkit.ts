import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseContentFile, type ContentEntry } from "./content-file.js";
import { scanContentFolder } from "./content-files.js";
import { permalinkFor } from "./paths.js";
import { formatProblem } from "./problem.js";

/**
 * The national base texts: Markdown files every region gets unless it has its own file at the same path (or with
 * the same web address). `../toolkit/` from both `src/` and `dist/` is the package's own `toolkit/` folder.
 */
export const toolkitDir: string = fileURLToPath(new URL("../toolkit/", import.meta.url));

export interface BaseText {
  /** Path relative to `toolkit/` and to a region's `content/`, e.g. `over-ons.md`. */
  path: string;
  /** Absolute path of the base text. */
  file: string;
  permalink: string;
  source: string;
  /** The base text as a page of the site, read by the same reader as a region's own files. */
  entry: ContentEntry;
}

let cache: Promise<BaseText[]> | undefined;

/**
 * Every base text in the toolkit, read once per process. A base text that does not pass the content check is a
 * defect of this package, not of a region, so it throws.
 */
export function loadBaseTexts(): Promise<BaseText[]> {
  cache ??= (async () => {
    const { markdown } = await scanContentFolder(toolkitDir);
    return markdown.map((path) => {
      const file = join(toolkitDir, path);
      const source = readFileSync(file, "utf8");
      const { data: entry, problems } = parseContentFile(source, { file: relative(process.cwd(), file), path, assets: new Set(), origin: "toolkit" });
      if (!entry) throw new Error(`Base text ${path} does not pass the content check:\n${problems.map(formatProblem).join("\n")}`);
      return { path, file, permalink: permalinkFor(path), source, entry };
    });
  })();
  return cache;
}

/** The base texts a region overrides and the ones it uses, given the paths of its own Markdown files. */
export async function splitBaseTexts(regionMarkdown: readonly string[]): Promise<{ overridden: BaseText[]; used: BaseText[] }> {
  const own = new Set(regionMarkdown.map(permalinkFor));
  const all = await loadBaseTexts();
  return { overridden: all.filter((text) => own.has(text.permalink)), used: all.filter((text) => !own.has(text.permalink)) };
}
