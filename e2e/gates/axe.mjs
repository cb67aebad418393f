// axe-core in Chromium on the pages served by nginx: every page of the "full" hosts, and one page per page type
// (layout and components, see pageType) of every other host. Also fails on console errors (a CSP refusal shows up
// there), uncaught page errors and any request to a host that is not ours.
//
// Injection: page.addScriptTag with axe's source would be an inline <script>, which the sites' strict CSP
// (script-src 'self') refuses, and bypassCSP would test the pages under a weaker policy than production.
// page.evaluate runs the source through the DevTools protocol (Runtime.evaluate), which CSP does not govern,
// so axe runs in the page while the page keeps its real policy.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { attr, byTag, elements, parsePage } from "../lib/html.mjs";
import { listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";
import { newContext, siteUrl } from "../lib/browser.mjs";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Opened instead of /404.html, which nginx serves only as the answer to a missing page. */
const MISSING_PATH = "/e2e-deze-pagina-bestaat-niet/";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The pages to check: [{ host, path }]. Every page of the full hosts; of the others, each page type once, across
 * hosts: 33 regions built from the same empty scaffold share their types, and checking each of them per host cost
 * about 230 page loads for no page the first host did not already show.
 */
export async function selectPages(dist, fullHosts) {
  const pages = [];
  const seen = new Set();
  for (const host of listHosts(dist)) {
    for (const rel of listHtml(dist, host)) {
      const path = rel === "404.html" ? MISSING_PATH : urlPathOf(rel);
      if (!fullHosts.has(host)) {
        const key = await pageType(join(dist, host, rel), rel);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      pages.push({ host, path });
    }
  }
  return pages;
}

/**
 * A page's type: its layout (the class and direction of <main>, top-level or nested page) and the set of theme
 * components on the page (the `wc-*` block classes in <body>, header and footer included, without elements `__` or
 * modifiers `--`). Two pages of the same type differ only in text, which the full hosts cover; html-validate still
 * reads every page (missing alt text, empty headings and links). Sections are not part of the key: every top-level
 * page is a section of its own, so they would make every page a type.
 */
export async function pageType(file, rel) {
  const doc = await parsePage(file);
  const main = byTag(doc, "main")[0];
  const body = byTag(doc, "body")[0];
  const blocks = new Set();
  for (const el of elements(body ?? doc, (e) => Boolean(e.attribs.class))) {
    for (const name of el.attribs.class.split(/\s+/)) if (/^wc-[a-z0-9-]+$/.test(name) && !name.includes("--")) blocks.add(name);
  }
  const html = byTag(doc, "html")[0];
  const layout = [main ? attr(main, "class") : "no-main", html ? attr(html, "dir") : "", rel.split("/").length > 2 ? "nested" : "top"];
  return [...layout, [...blocks].sort().join(",")].join("|");
}

/**
 * `only`: [{ host, path }] to check instead of the selection (the self-test). `evidence`: an e2e/lib/evidence.mjs
 * collector that gets each page's result.
 */
export async function axeGate(report, { dist, session, fullHosts, workers = 2, only, evidence }) {
  const pages = only ?? (await selectPages(dist, fullHosts));
  const perHost = new Map();
  const context = await newContext(session);
  const queue = [...pages];
  const worker = async () => {
    const page = await context.newPage();
    const problems = [];
    page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    for (let item = queue.shift(); item; item = queue.shift()) {
      problems.length = 0;
      const result = await checkPage(report, page, item);
      evidence?.axe(item.host, item.path === MISSING_PATH ? "/404.html" : item.path, result);
      // Leave the page before reading its console: errors a script logs late (after axe) still belong to it.
      await page.goto("about:blank");
      const name = `${item.host}${item.path}`;
      for (const problem of problems)
        if (item.path !== MISSING_PATH || !problem.includes("404")) report.fail("axe", "browser-console", name, "", problem);
      perHost.set(item.host, (perHost.get(item.host) ?? 0) + 1);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: workers }, worker));
  for (const url of context.foreignRequests) report.fail("axe", "third-party-request", "-", "", url);
  await context.close();
  report.note(`axe (${AXE_TAGS.join(", ")}): ${pages.length} pages checked`);
  for (const [host, count] of perHost) report.note(`  ${String(count).padStart(3)}  ${host}${fullHosts.has(host) ? "  (every page)" : ""}`);
  return perHost;
}

async function checkPage(report, page, { host, path }) {
  const name = `${host}${path}`;
  const response = await page.goto(siteUrl(host, path), { waitUntil: "load" });
  const expected = path === MISSING_PATH ? 404 : 200;
  if (response?.status() !== expected) report.fail("axe", "http-status", name, "", `${response?.status()} (expected ${expected})`);
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    AXE_TAGS,
  );
  for (const violation of result.violations) {
    for (const node of violation.nodes) {
      report.fail("axe", violation.id, name, node.target.join(" "), `${violation.impact}: ${violation.help} · ${node.html.slice(0, 160)}`);
    }
  }
  return result;
}
