import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { COMPRESS_MIN_BYTES } from "../deploy/compress.js";
import { compressibleExtensions } from "../deploy/content-types.js";

/** The folder of a site the index is written to. */
export const SEARCH_INDEX_DIR = "pagefind";

/**
 * Files Pagefind always makes that the site does not use, never written, so it ships nothing it does not use (and
 * the deploy scan finds no data: URL): the ready-made search interfaces (/zoeken/ has its own script on the low-level
 * API, search-script.ts, because these inject styles and use data: URLs that the CSP blocks), and the web worker,
 * which that script turns off (`noWorker`).
 */
const UNUSED_FILES: ReadonlySet<string> = new Set([
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
]);

/**
 * Writes the Pagefind search index of a built site to `<outputDir>/pagefind/`, when the site has a search page.
 * Which pages count is decided where the page is rendered: the theme's base layout marks the `<main>` of every page
 * worth finding with `data-pagefind-body` (not noindex pages, pages whose canonical address is another page, the
 * search page, the sitemap page or the 404 page), and Pagefind then indexes only those `<main>` elements. Pagefind
 * reads the folder itself, which costs a fraction of sending it every page (docs/performance.md). The index is the same on
 * every build (build.determinism.test.ts). Returns the number of pages indexed (0 when the site has no search page).
 *
 * The files are taken from Pagefind in memory (`getFiles`) and written here, not by Pagefind's `writeFiles`: Pagefind
 * writes with tokio's `File::write_all` and never flushes, so its answer can come before the bytes are on disk (CI
 * read an empty `pagefind-entry.json` under load; pagefind/src/output/mod.rs, `write`). Written here, every file is
 * complete when this returns, and the files the site does not use are never written at all.
 */
export async function writeSearchIndex(outputDir: string, options: SearchIndexOptions = {}): Promise<number> {
  if (!existsSync(join(outputDir, "zoeken", "index.html"))) return 0;
  const indexDir = options.indexDir ?? join(outputDir, SEARCH_INDEX_DIR);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kon geen zoekindex maken: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir, glob: "**/*.html" });
    if (added.errors.length > 0) throw new Error(`Pagefind kon ${outputDir} niet indexeren: ${added.errors.join("; ")}`);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind kon de zoekindex niet maken: ${got.errors.join("; ")}`);
    for (const file of got.files) {
      if (UNUSED_FILES.has(file.path)) continue;
      const target = join(indexDir, file.path);
      if (relative(indexDir, target).startsWith("..")) throw new Error(`Pagefind gaf een bestand buiten de zoekindex: ${file.path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, finishSearchFile(file.path, file.content));
    }
    return added.page_count;
  } finally {
    await index.deleteIndex();
    // The index runs in a Pagefind child process; stop it, so a finished build does not keep Node alive.
    if (holders === 0) await pagefind.close();
  }
}

export interface SearchIndexOptions {
  /** Where the index is written; by default `<outputDir>/pagefind/`. */
  indexDir?: string | undefined;
}

interface PagefindEntry {
  languages?: Record<string, { hash: string }>;
}

/**
 * What is written for a file of Pagefind's index (`path` relative to the index folder), so the index is the same on
 * every build and ready for the build's precompression:
 *
 * - Pagefind 1.5 lists the languages in `pagefind-entry.json` in hash-map order, which changes from run to run on a
 *   site with pages in several languages (seen: pl, nl, en, uk, ar, then nl, uk, pl, ar, en). pagefind.js looks a
 *   language up by key, so they are sorted by key.
 * - The files every first query loads are stored unwrapped (see QUERY_FILE_EXTENSIONS).
 */
export function finishSearchFile(path: string, content: Uint8Array): Uint8Array | string {
  if (path === "pagefind-entry.json") {
    const entry = JSON.parse(Buffer.from(content).toString("utf8")) as PagefindEntry;
    if (!entry.languages) return content;
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return JSON.stringify(entry);
  }
  return QUERY_FILE_EXTENSIONS.has(extname(path).slice(1)) ? unwrapQueryFile(content) : content;
}

/**
 * Pagefind gzips its own files, around a signature (`pagefind_dcd`), and pagefind.js takes them either way: bytes
 * that start with the signature are used as they are, anything else is gunzipped first (its `decompress`). The files
 * every first query loads (the WebAssembly, the metadata, the index and filter chunks) are stored unwrapped, so the
 * build's own precompression gives them brotli twins: the WebAssembly is 63 KB in brotli against 71 KB in Pagefind's
 * gzip, which brings a first query under 100 KB (docs/performance.md). Fragments, one per page and loaded per result,
 * stay as Pagefind wrote them: unwrapping and compressing as many files as there are pages costs more than it saves.
 */
const QUERY_FILE_EXTENSIONS: ReadonlySet<string> = new Set(["pagefind", "pf_meta", "pf_index", "pf_filter"]);
const PAGEFIND_SIGNATURE = "pagefind_dcd";

/** What the build precompresses in the search index folder: the text types and the unwrapped query files. */
export const SEARCH_INDEX_COMPRESSIBLE: ReadonlySet<string> = new Set([...compressibleExtensions, ...QUERY_FILE_EXTENSIONS]);

/**
 * Pagefind's runtime (its script and the WebAssembly per language, `wasm.nl.pagefind`): the same on every build of a
 * Pagefind version, so compressed at the best quality, once (deploy/compress.ts).
 */
export const isSearchRuntime = (path: string): boolean => /^(pagefind\.js|wasm\.[a-z-]+\.pagefind)$/.test(path);

/** A query file Pagefind gzipped, unwrapped; anything else as it is. */
function unwrapQueryFile(data: Uint8Array): Uint8Array {
  // A file Pagefind did not gzip, or one without the signature, is left as it is: pagefind.js reads it as before.
  if (data[0] !== 0x1f || data[1] !== 0x8b) return data;
  const unwrapped = gunzipSync(data);
  if (unwrapped.subarray(0, PAGEFIND_SIGNATURE.length).toString("latin1") !== PAGEFIND_SIGNATURE) return data;
  // Below the precompression threshold the file would be sent unwrapped, which is larger than Pagefind's gzip.
  return unwrapped.length >= COMPRESS_MIN_BYTES ? unwrapped : data;
}

/**
 * werkcentrum.nl's search over every Werkcentrum: its own index and each region's, merged in the browser
 * (pagefind.js `mergeIndex`, https://pagefind.app/docs/multisite/). Each region's index is the one its own build
 * writes; nginx serves it on werkcentrum.nl too, under `/zoeken/regio/<slug>/` (deploy/nginx.ts), so every request
 * stays same-origin and a region's change never rebuilds werkcentrum.nl. A combined index built on werkcentrum.nl
 * did that on every region's change, and Pagefind held about 1 GB for it at 200 pages per region
 * (docs/performance.md, "werkcentrum.nl: search across all regions").
 */
export interface SearchIndexSource {
  /** What a hit says it belongs to and what the visitor narrows to: "Werkcentrum Rijnmond". */
  label: string;
  /** Where werkcentrum.nl serves the index: `/zoeken/regio/rijnmond/`, or `/pagefind/` for its own. */
  index: string;
  /** The address a hit's path is found at: `https://rijnmond.werkcentrum.nl/`, or `/` for werkcentrum.nl itself. */
  baseUrl: string;
}

/** The address on werkcentrum.nl of a region's search index (deploy/nginx.ts serves the region's `/pagefind/` there). */
export const regionSearchIndexPath = (slug: string): string => `/zoeken/regio/${slug}/`;

/** The Pagefind filter each merged index gets (`mergeFilter`), and the query parameter of the site narrowed to. */
export const SEARCH_SITE_KEY = "regio";

/** The label of werkcentrum.nl's own pages in its search. */
export const LANDING_SEARCH_LABEL = "werkcentrum.nl (landelijk)";

/** What werkcentrum.nl's search covers: its own pages first, then every region in alphabetical order of labels. */
export function landingSearchSources(regions: readonly { slug: string; host: string; name: string }[]): SearchIndexSource[] {
  const collator = new Intl.Collator("nl", { sensitivity: "base" });
  const others = regions
    .map((region) => ({ label: `Werkcentrum ${region.name}`, index: regionSearchIndexPath(region.slug), baseUrl: `https://${region.host}/` }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [{ label: LANDING_SEARCH_LABEL, index: `/${SEARCH_INDEX_DIR}/`, baseUrl: "/" }, ...others];
}

let holders = 0;

/**
 * Keeps Pagefind's child process running between sites until the returned function is called: a builder that
 * builds several sites (build-all.ts) then uses one process for all of them instead of starting one per site,
 * which costs start-up time and some 10,000 page faults for the new process's memory.
 */
export function holdSearchService(): () => Promise<void> {
  holders++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holders--;
    if (holders === 0) await pagefind.close();
  };
}
