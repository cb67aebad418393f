// The publishable workspaces (every package.json under packages/ and themes/ that is not private) and the site
// workspaces (sites/*, which must all be private). Read from disk, so a new package is covered without an edit.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

function workspacesIn(folder) {
  const dir = join(repoRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .map((entry) => {
      const path = join(dir, entry.name);
      return { dir: path, relDir: `${folder}/${entry.name}`, manifest: JSON.parse(readFileSync(join(path, "package.json"), "utf8")) };
    })
    .sort((a, b) => a.relDir.localeCompare(b.relDir));
}

export function publishedWorkspaces() {
  return [...workspacesIn("packages"), ...workspacesIn("themes")].filter((ws) => ws.manifest.private !== true);
}

export function siteWorkspaces() {
  return workspacesIn("sites");
}
