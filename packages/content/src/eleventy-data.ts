import { relative, resolve, sep } from "node:path";
import { contentPath } from "./paths.js";
import type { ContentType } from "./schemas/index.js";

type Data = Record<string, unknown> & { page?: { inputPath?: string } };

/**
 * Computed data for Eleventy (`eleventyComputed` global data). Editors write Dutch keys; the theme's layouts read
 * `title` and `description`, and the generator groups pages by `contentType`, which the folder decides.
 */
export function eleventyComputedData(inputDir: string): Record<string, (data: Data) => unknown> {
  const root = resolve(inputDir);
  const markdownPath = (data: Data): string | undefined => {
    const input = data.page?.inputPath;
    if (!input?.endsWith(".md")) return undefined;
    const path = relative(root, resolve(input)).split(sep).join("/");
    return path.startsWith("../") ? undefined : path;
  };
  return {
    // `titel ?? title`, not the other way round: a computed key that reads itself first gets its own placeholder.
    title: (data) => data.titel ?? data.title,
    description: (data) => data.samenvatting ?? data.description,
    contentType: (data): ContentType | undefined => {
      const path = markdownPath(data);
      if (!path) return undefined;
      const declared = data.type as ContentType | undefined;
      const { folderType } = contentPath(path);
      return folderType === "pagina" && declared ? declared : folderType;
    },
  };
}
