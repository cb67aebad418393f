import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";
import { promisify } from "node:util";
import type { ProjectPaths } from "../paths.js";
import type { SiteDefinition } from "../sites.js";
import { UsageError } from "./types.js";

const run = promisify(execFile);

/** What `--changed <ref>` selects, and why, for the line the check prints. */
export interface ChangedSelection {
  sites: SiteDefinition[];
  /** Every changed file, relative to the project root, sorted. */
  files: string[];
  /** The first changed file outside a site folder; when there is one, every site is checked. */
  outside?: string;
}

async function git(root: string, args: string[]): Promise<string[]> {
  const { stdout } = await run("git", ["-C", root, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\n").filter(Boolean);
}

/**
 * The files changed since `ref`: committed on this branch since it left `ref` (`git diff <ref>...HEAD`, as a pull
 * or merge request shows it), plus what is not committed yet (staged, unstaged and new files), so an editor can run
 * it before committing. Paths are relative to the project root (`--relative`).
 */
export async function changedFiles(root: string, ref: string): Promise<string[]> {
  // A ref starting with '-' would be read as an option of git.
  if (ref.startsWith("-") || ref.trim() === "") throw new UsageError(`'${ref}' is geen git-versie. Geef bijvoorbeeld --changed origin/main.`);
  try {
    const lists = await Promise.all([
      git(root, ["diff", "--name-only", "--relative", "--no-renames", `${ref}...HEAD`, "--"]),
      git(root, ["diff", "--name-only", "--relative", "--no-renames", "HEAD", "--"]),
      git(root, ["ls-files", "--others", "--exclude-standard"]),
    ]);
    return [...new Set(lists.flat())].sort();
  } catch (error) {
    const detail = String((error as { stderr?: string }).stderr ?? (error as Error).message)
      .trim()
      .split("\n")[0];
    throw new UsageError(
      `Git kan de wijzigingen sinds '${ref}' niet geven: ${detail}\nHaal de volledige geschiedenis op (in GitHub Actions: fetch-depth: 0) en controleer de naam van de versie.`,
    );
  }
}

/**
 * The sites whose folder holds a changed file. Anything else that changed (the theme, the generator, deploy.yml,
 * a folder in sites/ that is no site) can change every site, so then all of them are checked.
 */
export function sitesFor(files: readonly string[], sites: readonly SiteDefinition[], paths: ProjectPaths): ChangedSelection {
  const sitesFolder = basename(paths.sitesDir);
  const bySlug = new Map(sites.map((site) => [site.slug, site]));
  const chosen = new Set<SiteDefinition>();
  for (const file of files) {
    const [top, slug, rest] = file.split("/");
    const site = top === sitesFolder && rest !== undefined ? bySlug.get(slug!) : undefined;
    if (!site) return { sites: [...sites], files: [...files], outside: file };
    chosen.add(site);
  }
  return { sites: sites.filter((site) => chosen.has(site)), files: [...files] };
}

/** The project root: the folder that holds `sites/`. */
export const projectRoot = (paths: ProjectPaths) => dirname(paths.sitesDir);
