import type { EleventyConfig } from "../eleventy-config.js";
import { sectionRegistry } from "../sections/registry.js";
import type { PageContext } from "./types.js";

/**
 * The URLs the site's Markdown pages take (the region's own files and the base texts it gets). A generated page is
 * only added where this set has no entry, so an editor's own page always wins and Eleventy never sees two
 * templates for one URL.
 */
export function takenUrls(context: Pick<PageContext, "model">): Set<string> {
  return new Set(context.model.entries.map((entry) => entry.permalink));
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
 * Adds a generated page without a source file. Its input path starts with `_werkcentrum/`: a region's `content/`
 * may not contain names starting with `_`, so it can never collide with an editor's file. Its layout is the one a
 * section gave its URL, else its own `layout`, else the default (sections/registry.ts, `layoutAt`).
 */
export function virtualPage(config: EleventyConfig, name: string, data: Record<string, unknown>, content = ""): void {
  config.addTemplate(`_werkcentrum/${name}.njk`, content, { ...data, layout: sectionRegistry(config).layoutAt(String(data.permalink), data.layout) });
}
