import type { EleventyConfig } from "@11ty/eleventy";
import { baseTextsFor, contentPath, scanContentFolder } from "@werkcentrum/content";
import type { PageContext } from "./types.js";

/**
 * The URLs the site's own Markdown files (and, on a regional site, the national base texts) already take. A
 * generated page is only added where this set has no entry, so an editor's own page always wins and Eleventy never
 * sees two templates for one URL.
 */
export async function takenUrls(context: Pick<PageContext, "site" | "contentDir">): Promise<Set<string>> {
  const { markdown } = await scanContentFolder(context.contentDir);
  const urls = new Set(markdown.map((path) => contentPath(path).permalink));
  if (context.site.kind === "region") for (const text of await baseTextsFor(context.contentDir)) urls.add(text.permalink);
  return urls;
}

/**
 * JSON for a `<script type="application/ld+json">` data block. `JSON.stringify` leaves `<` as is, so a value
 * containing `</script>` would close the block and let markup through; `<`, `>` and `&` are written as `\uXXXX`
 * escapes (still the same JSON), and U+2028/U+2029 too, as the HTML spec's advice for script data blocks suggests.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Gives the Markdown pages for which `matches` is true one of the generator's own layouts (added as a virtual
 * template under the includes folder). Eleventy cannot compute `layout` (its docs: computed data cannot change
 * layout), and editors' folders may hold no directory data files, so a preprocessor sets it on the page's data
 * before rendering; build tests of the pages that use this fail if an Eleventy update stops honouring it.
 */
export function useGeneratorLayout(
  config: EleventyConfig,
  name: string,
  source: string,
  matches: (data: Record<string, unknown>, inputPath: string) => boolean,
): void {
  config.addTemplate(`${config.dir.includes}/layouts/${name}.njk`, source);
  config.addPreprocessor(`werkcentrum-layout-${name}`, "md", function (this: { inputPath: string }, data: Record<string, unknown>) {
    if (matches(data, this.inputPath)) data.layout = `layouts/${name}.njk`;
    return undefined;
  });
}
