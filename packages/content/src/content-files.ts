import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentProblem } from "./problem.js";
import { assetExtensions, fileExtension, nameProblem } from "./paths.js";

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

function relativePath(contentDir: string, entry: Dirent): string {
  const parent = (entry as Dirent & { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? contentDir;
  return relative(contentDir, join(parent, entry.name)).split(sep).join("/");
}

/**
 * Lists `content/`. Only Markdown and known image and download types may be there: Eleventy would run a
 * template, data file or script found in the input folder, and a symbolic link could pull in files from outside
 * the region's folder.
 */
export async function scanContentFolder(contentDir: string, displayDir: string = contentDir): Promise<ContentFolder> {
  const folder: ContentFolder = { markdown: [], assets: [], problems: [] };
  let entries: Dirent[];
  try {
    entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return folder;
    throw error;
  }
  const refuse = (path: string, message: string) =>
    folder.problems.push({ file: `${displayDir}/${path}`, line: 1, column: 1, field: "", message, severity: "error" });
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = relativePath(contentDir, entry);
    if (ignored.has(entry.name)) continue;
    if (entry.isSymbolicLink()) refuse(path, "Snelkoppelingen (symbolic links) zijn niet toegestaan in content/. Zet het bestand zelf in de map.");
    else if (!entry.isFile()) refuse(path, "Dit is geen gewoon bestand. Haal het weg uit content/.");
    else if (path.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) {
      refuse(path, "Namen die met een punt of een liggend streepje beginnen zijn niet toegestaan in content/.");
    } else if (fileExtension(path) === "md") folder.markdown.push(path);
    else if (assetExtensions.includes(fileExtension(path))) {
      const badName = nameProblem(path);
      if (badName) refuse(path, badName);
      else folder.assets.push(`/${path}`);
    } else {
      refuse(path, `Dit soort bestand mag niet in content/. Toegestaan zijn teksten (.md), afbeeldingen (${assetExtensions.slice(0, 6).join(", ")}) en downloads (${assetExtensions.slice(6).join(", ")}).`);
    }
  }
  folder.markdown.sort();
  folder.assets.sort();
  return folder;
}
