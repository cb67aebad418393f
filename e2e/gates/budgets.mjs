// Budgets over the built output, in brotli bytes (quality 11, what `werkcentrum deploy` precompresses with):
// - a content page: its HTML + the stylesheets it links + the scripts it loads ≤ 40 KB (fonts excluded);
// - images, in bytes as served (they are not compressed again): every image file a page names (each format and width
//   of a <picture>) ≤ 200 KB; what a phone downloads (see imageDownloads) ≤ 100 KB on the first screen (images not
//   loaded lazily) and ≤ 400 KB for the whole page (docs/performance.md argues these limits);
// - all CSS of a host together ≤ 12 KB;
// - no JavaScript on content pages: only the landing page (its gemeente finder) and /zoeken/ (search) may load a
//   script, and no page may carry an inline one.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { attr, byTag, describe, parsePage } from "../lib/html.mjs";
import { fileForPath, LANDING_HOST, listFiles, listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

export const PAGE_BUDGET = 40 * 1024;
export const CSS_BUDGET = 12 * 1024;
export const IMAGE_BUDGET = 200 * 1024;
export const PAGE_IMAGES_BUDGET = 400 * 1024;
export const FIRST_SCREEN_IMAGES_BUDGET = 100 * 1024;

const sizes = new Map();
/** Forgets every measured size (the self-test changes files after the gates weighed them). */
export function forgetSizes() {
  sizes.clear();
}
async function brotliSize(file) {
  if (!sizes.has(file)) {
    const data = await readFile(file);
    sizes.set(
      file,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
    );
  }
  return sizes.get(file);
}

/** Pages allowed to load JavaScript: the landing page's finder and every host's search page. */
export function mayLoadScript(host, path) {
  return (host === LANDING_HOST && path === "/") || path === "/zoeken/";
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** `only`: a Set of "host/path" pages to weigh (the self-test); every page when absent. */
export async function budgetGate(report, { dist, only }) {
  const rows = [];
  for (const host of listHosts(dist)) {
    const css = listFiles(join(dist, host), (rel) => rel.endsWith(".css"));
    let cssTotal = 0;
    for (const rel of css) cssTotal += await brotliSize(join(dist, host, rel));
    if (cssTotal > CSS_BUDGET) report.fail("budgets", "css-over-12KB", host, css.join(", "), kb(cssTotal));
    for (const rel of listHtml(dist, host)) if (!only || only.has(`${host}${urlPathOf(rel)}`)) rows.push(await pageWeight(report, dist, host, rel));
  }
  rows.sort((a, b) => b.total - a.total || a.page.localeCompare(b.page));
  for (const row of rows)
    if (row.total > PAGE_BUDGET)
      report.fail("budgets", "page-over-40KB", row.page, "", `${kb(row.total)} (html ${kb(row.html)}, css ${kb(row.css)}, js ${kb(row.js)})`);
  for (const row of rows) if (row.images > PAGE_IMAGES_BUDGET) report.fail("budgets", "page-images-over-400KB", row.page, "", kb(row.images));
  for (const row of rows)
    if (row.firstScreen > FIRST_SCREEN_IMAGES_BUDGET) report.fail("budgets", "first-screen-images-over-100KB", row.page, "", kb(row.firstScreen));
  const pictured = rows.filter((row) => row.images > 0).sort((a, b) => b.images - a.images);
  const firstScreen = [...pictured].sort((a, b) => b.firstScreen - a.firstScreen)[0];
  report.note(
    `budgets: ${pictured.length} pages show images${pictured.length ? `; most: ${pictured[0].page} (${kb(pictured[0].images)}); most on the first screen: ${firstScreen.page} (${kb(firstScreen.firstScreen)})` : ""}`,
  );
  report.note(`budgets: ${rows.length} pages; the 10 largest (brotli; html + css + js):`);
  for (const row of rows.slice(0, 10)) {
    const later = row.onDemand ? `; on demand: ${[...row.onDemand].join(", ")}` : "";
    report.note(`  ${kb(row.total).padStart(8)}  ${row.page}  (html ${kb(row.html)}, css ${kb(row.css)}, js ${kb(row.js)}${later})`);
  }
  return rows;
}

async function pageWeight(report, dist, host, rel) {
  const path = urlPathOf(rel);
  const page = `${host}${path}`;
  const doc = await parsePage(join(dist, host, rel));
  const row = { page, html: await brotliSize(join(dist, host, rel)), css: 0, js: 0 };
  const sameHost = async (value) => {
    const url = new URL(value, `https://${page}`);
    return url.hostname === host ? fileForPath(dist, host, url.pathname) : undefined;
  };
  for (const link of byTag(doc, "link")) {
    const rels = (attr(link, "rel") ?? "").toLowerCase().split(/\s+/);
    const file = attr(link, "href") ? await sameHost(attr(link, "href")) : undefined;
    if (!file) continue;
    if (rels.includes("stylesheet")) row.css += await brotliSize(file);
    if (rels.includes("modulepreload")) row.js += await brotliSize(file);
  }
  for (const script of byTag(doc, "script")) {
    const type = (attr(script, "type") ?? "").toLowerCase();
    if (type === "application/ld+json" || type === "importmap") continue; // data, not code
    const src = attr(script, "src");
    if (src === undefined) report.fail("budgets", "inline-script", page, describe(script));
    else {
      const file = await sameHost(src);
      if (file) row.js += await moduleGraphSize(file, dist, host, row);
    }
    if (!mayLoadScript(host, path)) report.fail("budgets", "js-on-content-page", page, describe(script), src ?? "inline");
  }
  // Every file an image names must fit IMAGE_BUDGET; the page's weight counts what a phone downloads.
  const named = new Set();
  for (const img of byTag(doc, "img", "source")) {
    for (const value of candidatesOf(img).map((candidate) => candidate.url)) {
      const file = await sameHost(value);
      if (!file || named.has(file)) continue;
      named.add(file);
      const bytes = (await stat(file)).size;
      if (bytes > IMAGE_BUDGET) report.fail("budgets", "image-over-200KB", page, describe(img), `${value}: ${kb(bytes)}`);
    }
  }
  row.images = 0;
  row.firstScreen = 0;
  const downloaded = new Set();
  for (const { img, url } of imageDownloads(doc)) {
    const file = await sameHost(url);
    if (!file || downloaded.has(file)) continue;
    downloaded.add(file);
    const bytes = (await stat(file)).size;
    row.images += bytes;
    if ((attr(img, "loading") ?? "").toLowerCase() !== "lazy") row.firstScreen += bytes;
  }
  row.total = row.html + row.css + row.js;
  return row;
}

/** The URLs an <img> or <source> offers (`src` and each `srcset` candidate), with their width descriptor (0 without). */
function candidatesOf(element) {
  const list = (attr(element, "srcset") ?? "")
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url);
  const fromSrcset = list.map(([url, descriptor]) => ({ url, width: /^\d+w$/.test(descriptor ?? "") ? Number.parseInt(descriptor, 10) : 0 }));
  const src = attr(element, "src");
  return src ? [{ url: src, width: 0 }, ...fromSrcset] : fromSrcset;
}

/**
 * What a phone downloads for each image of a page: for a <picture>, its first AVIF source (every current phone
 * browser takes AVIF), else its first source, else its <img>; of that, the widest candidate. A phone of 360–430 CSS
 * pixels at 2× or 3× fills the text column (sizes: 100vw minus the padding) with the widest file the build makes
 * (1344 px), so the widest is what it gets, not a worst case. Yields { img, url }: the <img> says whether it loads lazily.
 */
function* imageDownloads(doc) {
  for (const img of byTag(doc, "img")) {
    const picture = img.parent?.name === "picture" ? img.parent : undefined;
    const sources = picture ? picture.children.filter((child) => child.name === "source") : [];
    const chosen = sources.find((source) => attr(source, "type") === "image/avif") ?? sources[0] ?? img;
    const candidates = candidatesOf(chosen);
    const widest = candidates.reduce(
      (best, candidate) => (candidate.width > best.width ? candidate : best),
      candidates[0] ?? { url: undefined, width: 0 },
    );
    if (widest.url) yield { img, url: widest.url };
  }
}

/**
 * A script and the modules it imports statically (`import … from "x"`, `import "x"`, `export … from "x"`), which
 * the browser loads with it. Dynamic `import("x")` runs on demand (search loads Pagefind when a visitor searches),
 * so those are listed in row.onDemand, not counted. A regex, not a JS parser: esbuild's output writes these forms
 * plainly, and a parser would be a dependency for three patterns.
 */
async function moduleGraphSize(entry, dist, host, row, seen = new Set()) {
  if (seen.has(entry)) return 0;
  seen.add(entry);
  let total = await brotliSize(entry);
  const code = await readFile(entry, "utf8");
  const base = `https://${host}/${entry.slice(join(dist, host).length + 1)}`;
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
    const url = new URL(match[1], base);
    const file = url.hostname === host ? fileForPath(dist, host, url.pathname) : undefined;
    if (file) total += await moduleGraphSize(file, dist, host, row, seen);
  }
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) (row.onDemand ??= new Set()).add(match[1]);
  return total;
}
