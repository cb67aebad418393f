import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { decode, encode } from "cborg";
import * as pagefind from "pagefind";
import { COMPRESS_MIN_BYTES, gzipDeterministic } from "../deploy/compress.js";
import { compressibleExtensions } from "../deploy/content-types.js";

/** The folder of a site the index is written to. */
export const SEARCH_INDEX_DIR = "pagefind";

/**
 * Files Pagefind always writes that the site does not use, removed so it ships nothing it does not use (and the
 * deploy scan finds no data: URL): the ready-made search interfaces (/zoeken/ has its own script on the low-level
 * API, search-script.ts, because these inject styles and use data: URLs that the CSP blocks), and the web worker,
 * which that script turns off (`noWorker`).
 */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
];

/**
 * Writes the Pagefind search index of a built site to `<outputDir>/pagefind/`, when the site has a search page.
 * Which pages count is decided where the page is rendered: the theme's base layout marks the `<main>` of every page
 * worth finding with `data-pagefind-body` (not noindex pages, pages whose canonical address is another page, the
 * search page, the sitemap page or the 404 page), and Pagefind then indexes only those `<main>` elements. Pagefind
 * reads the folder itself, which costs a fraction of sending it every page (docs/performance.md). The index is the same on
 * every build (build.determinism.test.ts). Returns the number of pages indexed (0 when the site has no search page).
 */
export async function writeSearchIndex(outputDir: string, options: SearchIndexOptions = {}): Promise<number> {
  if (!existsSync(join(outputDir, "zoeken", "index.html"))) return 0;
  const { sites } = options;
  const indexDir = options.indexDir ?? join(outputDir, SEARCH_INDEX_DIR);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kon geen zoekindex maken: ${errors.join("; ")}`);
  try {
    const added = sites ? await addSites(index, sites) : await index.addDirectory({ path: outputDir, glob: "**/*.html" });
    if (added.errors.length > 0) throw new Error(`Pagefind kon ${outputDir} niet indexeren: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: indexDir });
    if (written.errors.length > 0) throw new Error(`Pagefind kon de zoekindex niet schrijven: ${written.errors.join("; ")}`);
    for (const file of UNUSED_FILES) await rm(join(indexDir, file), { force: true });
    await finishSearchIndex(indexDir);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    // The index runs in a Pagefind child process; stop it, so a finished build does not keep Node alive.
    if (holders === 0) await pagefind.close();
  }
}

export interface SearchIndexOptions {
  /** The sites of a combined index (werkcentrum.nl's); by default the pages of `outputDir` itself. */
  sites?: readonly SearchSource[] | undefined;
  /** Where the index is written; by default `<outputDir>/pagefind/`. */
  indexDir?: string | undefined;
}

interface PagefindEntry {
  languages?: Record<string, { hash: string }>;
}

/**
 * Makes the index Pagefind wrote in `dir` the same on every build and ready for the build's precompression, in one
 * pass that writes every file it changes once, in the form it is published in:
 *
 * - Pagefind 1.5 lists the languages in `pagefind-entry.json` in hash-map order, which changes from run to run on a
 *   site with pages in several languages (seen: pl, nl, en, uk, ar, then nl, uk, pl, ar, en). pagefind.js looks a
 *   language up by key, so they are sorted by key.
 * - It also writes a filter's values in hash-map order (the combined index of werkcentrum.nl has one filter, the
 *   site, with 36 values), and names each file after a hash of its content, so the filter files, the metadata that
 *   names them and `pagefind-entry.json` differed on every build. The values are sorted (code-unit order; pagefind.js
 *   looks values up by name, so the visitor sees no difference), and a renamed file is renamed where it is named: a
 *   filter chunk in the metadata's list of filters, the metadata in the entry file. cborg encodes Pagefind's CBOR
 *   back to the same bytes (checked on every file of a combined index).
 * - The files every first query loads are stored unwrapped (see QUERY_FILE_EXTENSIONS).
 */
export async function finishSearchIndex(dir: string): Promise<void> {
  const entryFile = join(dir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
  const written = new Set<string>();
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (existsSync(join(dir, "filter"))) await sortFilterValues(dir, entry.languages, written);
    await writeFile(entryFile, JSON.stringify(entry));
  }
  await unwrapQueryFiles(dir, written);
}

/**
 * Sorts the values of every filter chunk in `dir/filter`, and renames the chunks and the metadata of each language
 * after their new content (updating `languages`). Adds the files it wrote to `written`.
 */
async function sortFilterValues(dir: string, languages: Record<string, { hash: string }>, written: Set<string>): Promise<void> {
  const filterDir = join(dir, "filter");
  const renamed = new Map<string, string>();
  for (const file of (await readdir(filterDir)).filter((name) => name.endsWith(".pf_filter"))) {
    const [name, values] = decode(pagefindPayload(await readFile(join(filterDir, file)))) as FilterChunk;
    values.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const payload = encode([name, values]);
    const old = file.slice(0, -".pf_filter".length);
    const fresh = renamedAfter(old, payload);
    await rm(join(filterDir, file));
    await writeQueryFile(join(filterDir, `${fresh}.pf_filter`), payload, written);
    renamed.set(old, fresh);
  }
  for (const language of Object.values(languages)) {
    const metaFile = join(dir, `pagefind.${language.hash}.pf_meta`);
    const meta = decode(pagefindPayload(await readFile(metaFile))) as unknown[];
    // [version, pages, index chunks, filters as [name, chunk], sorts, metadata fields]
    const filters = meta[3] as Array<[name: string, chunk: string]>;
    meta[3] = filters.map(([name, chunk]) => [name, renamed.get(chunk) ?? chunk]);
    const payload = encode(meta);
    const fresh = renamedAfter(language.hash, payload);
    await rm(metaFile);
    await writeQueryFile(join(dir, `pagefind.${fresh}.pf_meta`), payload, written);
    language.hash = fresh;
  }
}

/** A Pagefind file's CBOR, without the gzip and the signature around it. */
function pagefindPayload(data: Buffer): Uint8Array {
  const unwrapped = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  return unwrapped.subarray(PAGEFIND_SIGNATURE.length);
}

/**
 * Writes a query file made anew from its CBOR as it is published: the signature and the CBOR, unwrapped from the
 * precompression threshold on, and below it in gzip like Pagefind's (deterministic), which is smaller than the bytes
 * sent unwrapped.
 */
async function writeQueryFile(file: string, payload: Uint8Array, written: Set<string>): Promise<void> {
  const unwrapped = Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE, "latin1"), payload]);
  await writeFile(file, unwrapped.length >= COMPRESS_MIN_BYTES ? unwrapped : gzipDeterministic(unwrapped));
  written.add(file);
}

/** A name like Pagefind's (the language and as many hex digits of a content hash: `nl_947d439`), from the content. */
function renamedAfter(old: string, payload: Uint8Array): string {
  const lang = old.slice(0, old.indexOf("_"));
  return `${lang}_${createHash("sha256")
    .update(payload)
    .digest("hex")
    .slice(0, old.length - lang.length - 1)}`;
}

type FilterChunk = [name: string, values: Array<[value: string, pages: number[]]>];

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

/** Stores the query files Pagefind wrote (not those in `written`, which are stored as published already) unwrapped. */
async function unwrapQueryFiles(dir: string, written: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !QUERY_FILE_EXTENSIONS.has(extname(entry.name).slice(1))) continue;
    const file = join(entry.parentPath, entry.name);
    if (written.has(file)) continue;
    const data = await readFile(file);
    // A file Pagefind did not gzip, or one without the signature, is left as it is: pagefind.js reads it as before.
    if (data[0] !== 0x1f || data[1] !== 0x8b) continue;
    const unwrapped = gunzipSync(data);
    if (unwrapped.subarray(0, PAGEFIND_SIGNATURE.length).toString("latin1") !== PAGEFIND_SIGNATURE) continue;
    // Below the precompression threshold the file would be sent unwrapped, which is larger than Pagefind's gzip.
    if (unwrapped.length >= COMPRESS_MIN_BYTES) await writeFile(file, unwrapped);
  }
}

/** One site's built pages in the combined index of werkcentrum.nl, with the label its results carry. */
export interface SearchSource {
  /** The built site: `dist/<host>` (or this build's own output folder for werkcentrum.nl itself). */
  dir: string;
  /** The address its pages are found at: `https://rijnmond.werkcentrum.nl`, or "" for the landing site itself. */
  origin: string;
  /** What a result says it belongs to and what the visitor narrows to: "Werkcentrum Rijnmond". */
  label: string;
}

/** Pagefind's filter and metadata key for the site a page belongs to (search-script.ts reads the same key). */
export const SEARCH_SITE_KEY = "regio";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
      .map((entry) => join(entry.parentPath, entry.name))
      // The search index of each site and the CMS are no pages; sorted, so the index is the same on every build.
      .filter((file) => !relative(dir, file).startsWith(`${SEARCH_INDEX_DIR}${sep}`))
      .sort()
  );
}

/**
 * The combined index of werkcentrum.nl: every page of every given site, each tagged with a Pagefind filter and
 * metadata (https://pagefind.app/docs/filtering/, /docs/metadata/) naming its site, so one search finds pages of
 * all regions, says which region a hit belongs to, and can be narrowed to one. The tags are added to the page's
 * `data-pagefind-body` element as Pagefind reads it, not to the published page. A region's pages keep their own
 * address (`url`), so a hit links to the region's site; everything is still fetched from werkcentrum.nl itself.
 */
async function addSites(index: pagefind.PagefindIndex, sites: readonly SearchSource[]): Promise<{ errors: string[]; page_count: number }> {
  const errors: string[] = [];
  let pageCount = 0;
  for (const site of sites) {
    if (!existsSync(site.dir)) continue;
    const label = site.label.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    const tag = `data-pagefind-body data-pagefind-filter="${SEARCH_SITE_KEY}:${label}" data-pagefind-meta="${SEARCH_SITE_KEY}:${label}"`;
    // Every page of a site is sent before the answers are awaited: Pagefind takes them in order and answers each,
    // and waiting for each answer before the next page left it idle (27.7 s against 20.3 s for the 200-page corpus,
    // with the same index).
    const pending: Promise<void>[] = [];
    for (const file of await htmlFiles(site.dir)) {
      const html = await readFile(file, "utf8");
      if (!html.includes("data-pagefind-body")) continue;
      const path = relative(site.dir, file).split(sep).join("/");
      const url = `${site.origin}/${path.replace(/(^|\/)index\.html$/, "$1")}`;
      pending.push(
        index.addHTMLFile({ url, content: html.replace("data-pagefind-body", tag) }).then((result) => {
          errors.push(...result.errors);
        }),
      );
      pageCount++;
    }
    await Promise.all(pending);
  }
  return { errors, page_count: pageCount };
}

/** The label of werkcentrum.nl's own pages in its combined search. */
export const LANDING_SEARCH_LABEL = "werkcentrum.nl (landelijk)";

/**
 * What werkcentrum.nl's search covers: its own pages (in `ownDir`, this build's output) and every region's
 * published output under `outDir`, in the registry's alphabetical order of labels; a region not built yet is left out.
 */
export function landingSearchSources(ownDir: string, outDir: string, regions: readonly { host: string; name: string }[]): SearchSource[] {
  const collator = new Intl.Collator("nl", { sensitivity: "base" });
  const others = regions
    .map((region) => ({ dir: join(outDir, region.host), origin: `https://${region.host}`, label: `Werkcentrum ${region.name}` }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [{ dir: ownDir, origin: "", label: LANDING_SEARCH_LABEL }, ...others];
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
