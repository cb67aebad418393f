import type { ContentProblem } from "./problem.js";
import { assetExtensions, downloadExtensions, fileExtension, imageExtensions, nameProblem } from "./paths.js";
import { listEntries, type SiteFileKind } from "./site-files.js";

/** What is in a region's `content/` folder, sorted; paths relative to it with `/`. */
export interface ContentFolder {
  markdown: string[];
  /** Images and downloads, as site paths: `/afbeeldingen/foto.jpg`. */
  assets: string[];
  /** Files that may not be there: scripts, templates, data files, links to elsewhere, bad names. */
  problems: ContentProblem[];
}

// Files git and editors leave behind that are never published and never harm.
const ignored = new Set([".gitkeep", ".DS_Store", "Thumbs.db"]);

/**
 * Lists `content/`. Only Markdown and known image and download types may be there: Eleventy would run a
 * template, data file or script found in the input folder, and a symbolic link could pull in files from outside
 * the region's folder.
 */
export async function scanContentFolder(contentDir: string, displayDir: string = contentDir): Promise<ContentFolder> {
  return classifyContent(listEntries(contentDir), displayDir);
}

/** `content/` as `scanContentFolder` lists it, from its entries (paths relative to `content/`). */
export function classifyContent(entries: readonly { path: string; kind: SiteFileKind }[], displayDir: string): ContentFolder {
  const result: ContentFolder = { markdown: [], assets: [], problems: [] };
  const refuse = (path: string, message: string) =>
    result.problems.push({ file: `${displayDir}/${path}`, line: 1, column: 1, field: "", message, severity: "error" });
  for (const { path, kind } of entries) {
    if (kind === "directory") continue;
    const name = path.split("/").at(-1)!;
    if (ignored.has(name)) continue;
    if (kind === "symlink") refuse(path, "Snelkoppelingen (symbolic links) zijn niet toegestaan in content/. Zet het bestand zelf in de map.");
    else if (kind !== "file") refuse(path, "Dit is geen gewoon bestand. Haal het weg uit content/.");
    else if (path.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) {
      refuse(path, "Namen die met een punt of een liggend streepje beginnen zijn niet toegestaan in content/.");
    } else if (fileExtension(path) === "md") result.markdown.push(path);
    else if (assetExtensions.includes(fileExtension(path))) {
      const badName = nameProblem(path);
      if (badName) refuse(path, badName);
      else result.assets.push(`/${path}`);
    } else {
      refuse(
        path,
        `Dit soort bestand mag niet in content/. Toegestaan zijn teksten (.md), afbeeldingen (${imageExtensions.join(", ")}) en downloads (${downloadExtensions.join(", ")}).`,
      );
    }
  }
  result.markdown.sort();
  result.assets.sort();
  return result;
}
