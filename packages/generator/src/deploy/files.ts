import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Every file under `dir`, as paths relative to it with `/` separators, sorted by code unit so the order never
 * depends on the file system or the locale (the manifest and the precompression must be deterministic).
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    )
    .sort(compareCodeUnits);
}

/** Plain code-unit order: the same everywhere, unlike `localeCompare`. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
