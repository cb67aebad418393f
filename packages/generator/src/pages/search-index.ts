import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Pages that are not worth finding: the search page itself, the list of all pages and the 404 page. */
const NOT_INDEXED = new Set(["/zoeken/", "/sitemap/", "/404.html"]);

/**
 * Pagefind's ready-made search interfaces, which Pagefind always writes. /zoeken/ uses its own script on the
 * low-level API (search-script.ts) because these inject styles and use data: URLs that the CSP blocks; they are
 * removed so the site ships nothing it does not use (and the deploy scan finds no data: URL).
 */
const UNUSED_UI_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** Site URL of a written HTML file: `nieuws/index.html` → `/nieuws/`. */
function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * Writes the Pagefind search index of a built site to `<outputDir>/pagefind/`, when the site has a search page.
 * Only `<main>` is indexed (`rootSelector`), so navigation and footer text never match. Files are added one by one,
 * in sorted order, so pages marked `noindex` and the pages above stay out and the index is the same on every build.
 * Returns the number of pages indexed (0 when the site has no search page).
 */
export async function writeSearchIndex(outputDir: string): Promise<number> {
  if (!existsSync(join(outputDir, "zoeken", "index.html"))) return 0;
  const files = (await readdir(outputDir, { recursive: true })).filter((file) => file.endsWith(".html")).map((file) => file.split("\\").join("/")).sort();
  const { index, errors } = await pagefind.createIndex({ rootSelector: "main" });
  if (!index) throw new Error(`Pagefind kon geen zoekindex maken: ${errors.join("; ")}`);
  try {
    let pages = 0;
    for (const file of files) {
      const url = urlOf(file);
      if (NOT_INDEXED.has(url) || file.startsWith("pagefind/")) continue;
      const content = await readFile(join(outputDir, file), "utf8");
      if (/<meta name="robots" content="[^"]*noindex/.test(content)) continue;
      // A page whose canonical address is another page (the current meerjarenagenda) would be found twice.
      const canonical = /<link rel="canonical" href="https:\/\/[^/"]+([^"]*)"/.exec(content)?.[1];
      if (canonical !== undefined && canonical !== url) continue;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind kon ${url} niet indexeren: ${added.errors.join("; ")}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind kon de zoekindex niet schrijven: ${written.errors.join("; ")}`);
    for (const file of UNUSED_UI_FILES) await rm(join(outputDir, "pagefind", file), { force: true });
    return pages;
  } finally {
    await index.deleteIndex();
    // The index runs in a Pagefind child process; stop it, so a finished build does not keep Node alive.
    await pagefind.close();
  }
}
