// Reading the built output: which hosts, which pages, and the URL path of each page. Pure file-system helpers
// shared by every gate, so they all agree on what "a page" is.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const LANDING_HOST = "werkcentrum.nl";

/**
 * Host folders in dist/: every folder named like a host name (deploy/ and dot-folders are not hosts). `werkcentrum
 * build` makes each one a link to a version folder in dist/.werkcentrum/out/, so links to folders count too.
 */
export function listHosts(dist) {
  const isFolder = (entry) =>
    entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dist, entry.name), { throwIfNoEntry: false })?.isDirectory());
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => isFolder(entry) && !entry.name.startsWith(".") && entry.name.includes("."))
    .map((entry) => entry.name)
    .sort((a, b) => (a === LANDING_HOST ? -1 : b === LANDING_HOST ? 1 : a.localeCompare(b)));
}

/** Every file below `dir` (relative paths with "/"), sorted; `filter` sees the relative path. */
export function listFiles(dir, filter = () => true) {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const rel = relative(dir, full).split(sep).join("/");
        if (filter(rel)) out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML files of one host, relative to its folder. */
export function listHtml(dist, host) {
  return listFiles(join(dist, host), (rel) => rel.endsWith(".html"));
}

/** "werkenden/index.html" → "/werkenden/", "404.html" → "/404.html". */
export function urlPathOf(rel) {
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

/**
 * The file nginx serves for a URL path on a host (try_files $uri $uri/ with index index.html), or undefined.
 * Mirrors the deploy configuration: a path ending in "/" is its index.html; otherwise the file itself, or the
 * folder's index.html (nginx then redirects to the "/" form).
 */
export function fileForPath(dist, host, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split("/").includes("..")) return undefined;
  const base = join(dist, host, ...decoded.split("/").filter(Boolean));
  const candidates = decoded.endsWith("/") ? [join(base, "index.html")] : [base, join(base, "index.html")];
  return candidates.find((file) => isFile(file));
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Hosts the link check and the browser treat as ours: werkcentrum.nl and its sub-domains. */
export function isOwnHost(hostname) {
  return hostname === LANDING_HOST || hostname.endsWith(`.${LANDING_HOST}`);
}
