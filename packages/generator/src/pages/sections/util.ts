import type { EleventyConfig } from "../../eleventy-config.js";

/** Sorts entries by title, the Dutch way (ë after e, case-insensitive). */
export function byTitle(a: { data: { titel: string } }, b: { data: { titel: string } }): number {
  return a.data.titel.localeCompare(b.data.titel, "nl");
}

/**
 * Adds a generated page without a source file. Its input path starts with `_werkcentrum/`: a region's `content/`
 * may not contain names starting with `_`, so it can never collide with an editor's file.
 */
export function virtualPage(config: EleventyConfig, name: string, data: Record<string, unknown>, content = ""): void {
  config.addTemplate(`_werkcentrum/${name}.njk`, content, data);
}
