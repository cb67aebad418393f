import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scanContentFolder } from "./content-files.js";
import { PLACEHOLDER } from "./markdown/lint-body.js";
import { permalinkFor } from "./paths.js";

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
  /** True for templates the region must complete (privacy, accessibility): they contain `[IN TE VULLEN …]`. */
  needsInput: boolean;
}

let cache: Promise<BaseText[]> | undefined;

/** Every base text in the toolkit, read once per process. */
export function loadBaseTexts(): Promise<BaseText[]> {
  cache ??= (async () => {
    const { markdown } = await scanContentFolder(toolkitDir);
    return Promise.all(
      markdown.map(async (path) => {
        const file = join(toolkitDir, path);
        const source = await readFile(file, "utf8");
        return { path, file, permalink: permalinkFor(path), source, needsInput: source.includes(PLACEHOLDER) };
      }),
    );
  })();
  return cache;
}

/** The base texts a region overrides and the ones it uses, given the paths of its own Markdown files. */
export async function splitBaseTexts(regionMarkdown: readonly string[]): Promise<{ overridden: BaseText[]; used: BaseText[] }> {
  const own = new Set(regionMarkdown.map(permalinkFor));
  const all = await loadBaseTexts();
  return { overridden: all.filter((text) => own.has(text.permalink)), used: all.filter((text) => !own.has(text.permalink)) };
}

/** The base texts a site built from `contentDir` gets: every one it has not replaced with its own file. */
export async function baseTextsFor(contentDir: string): Promise<BaseText[]> {
  const { markdown } = await scanContentFolder(contentDir);
  return (await splitBaseTexts(markdown)).used;
}

/** Images and downloads of a site, for the generator to copy: absolute file and site path. */
export async function contentAssets(contentDir: string): Promise<{ file: string; path: string }[]> {
  const { assets } = await scanContentFolder(contentDir);
  return assets.map((path) => ({ file: join(contentDir, path), path }));
}
