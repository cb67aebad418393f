import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { allRegions } from "@werkcentrum/regions";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../build.js";
import { findProjectPaths, type ProjectPaths } from "../paths.js";
import { planServers } from "../deploy/nginx.js";
import { getSite, landingSite } from "../sites.js";

// A real browser (Debian's Chromium, never downloaded) searches werkcentrum.nl for a word that only one region's
// page holds. The sites are a copy of the real sites/ folder with one made-up page added to Twente.
const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const WORD = "zwaluwstaartverbinding";
const twente = getSite("twente")!;
const drenthe = getSite("drenthe")!;

let paths: ProjectPaths;
let server: Server;
let origin: string;
let browser: Browser;
const transferred: { url: string; bytes: number }[] = [];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-landing-search-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  const real = findProjectPaths(new URL(".", import.meta.url).pathname).sitesDir;
  await cp(join(real, landingSite.slug, "content"), join(paths.sitesDir, landingSite.slug, "content"), { recursive: true });
  for (const region of allRegions) await cp(join(real, region.slug, "site.yml"), join(paths.sitesDir, region.slug, "site.yml"));
  await mkdir(join(paths.sitesDir, twente.slug, "content", "nieuws"), { recursive: true });
  await writeFile(
    join(paths.sitesDir, twente.slug, "content", "nieuws", "timmerwerk.md"),
    `---\ntitel: Leren timmeren\ndatum: 2026-01-01\nsamenvatting: Een opleiding tot timmerman.\n---\n\nU leert hier de ${WORD} maken. Dit is testtekst.\n`,
  );
  // Two regions and werkcentrum.nl; the other regions have published nothing, so they have no index to merge.
  for (const site of [twente, drenthe, landingSite]) await buildSite(site, paths);

  const dir = join(paths.outDir, landingSite.host);
  // What nginx serves on werkcentrum.nl besides its own folder: each region's search index (deploy/nginx.ts).
  const aliases = planServers(paths.outDir, []).sites.find((site) => site.host === landingSite.host)!.searchIndexes!;
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const alias = aliases.find((candidate) => path.startsWith(candidate.path));
    let file = alias ? join(alias.dir, path.slice(alias.path.length)) : join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      // What nginx would send: the brotli twin where the build wrote one (deploy/compress.ts), else the file.
      const twin = `${file}.br`;
      transferred.push({ url: request.url ?? "", bytes: existsSync(twin) ? (await stat(twin)).size : body.length });
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await rm(join(paths.sitesDir, ".."), { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))("search on werkcentrum.nl, in Chromium", () => {
  it("finds a word that occurs in one region's page only, labelled with that region, and narrows by region", async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(origin)) foreign.push(request.url());
    });
    transferred.length = 0;
    await page.goto(`${origin}/zoeken/?q=${WORD}`);
    const results = page.locator("#zoekresultaten li");
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBe(1);
    expect(await results.first().locator("a").getAttribute("href")).toBe(`https://${twente.host}/nieuws/timmerwerk/`);
    expect(await results.first().locator(".wc-search-result__site").textContent()).toBe("Werkcentrum Twente");
    expect(await results.first().locator("mark").first().textContent()).toBe(WORD);
    // Everything the search needs comes from werkcentrum.nl itself (the hit only links to the region).
    expect(foreign).toEqual([]);
    // The first query's cost, as served (brotli twins where the build wrote them): Pagefind's runtime (script and
    // WebAssembly, loaded once for all merged indexes; no web worker), and per merged index its entry, metadata and
    // index chunk, plus the hit's fragment. docs/performance.md has the figures at full size.
    const search = transferred.filter((t) => t.url.startsWith("/pagefind/") || t.url.startsWith("/zoeken/regio/"));
    const runtime = search.filter((t) => /\/(pagefind\.js|wasm\.[a-z-]+\.pagefind)$/.test(t.url));
    const sum = (list: typeof search) => list.reduce((total, t) => total + t.bytes, 0);
    console.log(
      `first query on werkcentrum.nl: ${search.length} Pagefind requests, ${(sum(search) / 1024).toFixed(1)} KB ` +
        `(runtime ${(sum(runtime) / 1024).toFixed(1)} KB): ${search.map((t) => `${t.url.replace(/\?.*$/, "")} ${(t.bytes / 1024).toFixed(1)}`).join(", ")}`,
    );
    expect(runtime.map((t) => t.url.replace(/\?.*$/, "")).sort()).toEqual(["/pagefind/pagefind.js", "/pagefind/wasm.nl.pagefind"]);
    expect(search.some((t) => t.url.includes("pagefind-worker"))).toBe(false);
    // The two published regions' indexes are merged; the 33 others are looked for and left out.
    const merged = new Set(search.filter((t) => t.url.startsWith("/zoeken/regio/") && t.url.includes(".pf_meta")).map((t) => t.url.split("/")[3]));
    expect([...merged].sort()).toEqual([drenthe.slug, twente.slug]);

    // Narrowed to another region, the same word finds nothing; narrowed to Twente, it finds the page again.
    await page.selectOption("#zoekregio", "Werkcentrum Drenthe");
    await page.locator("#zoekstatus").filter({ hasText: "Geen resultaten" }).waitFor({ timeout: 10_000 });
    expect(await results.count()).toBe(0);
    await page.selectOption("#zoekregio", "Werkcentrum Twente");
    await page.locator("#zoekstatus").filter({ hasText: "in Werkcentrum Twente" }).waitFor({ timeout: 10_000 });
    expect(await results.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("regio")).toBe("Werkcentrum Twente");
    await page.close();
  }, 60_000);

  it("loads only the index of the site a search is narrowed to, and the others once the search is widened", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    transferred.length = 0;
    await page.goto(`${origin}/zoeken/?q=${WORD}&regio=${encodeURIComponent("Werkcentrum Drenthe")}`);
    await page.locator("#zoekstatus").filter({ hasText: "Geen resultaten" }).waitFor({ timeout: 15_000 });
    const regions = () => new Set(requested.filter((path) => path.startsWith("/zoeken/regio/")).map((path) => path.split("/")[3]));
    expect([...regions()]).toEqual([drenthe.slug]);
    const narrowed = transferred.filter((t) => t.url.startsWith("/pagefind/") || t.url.startsWith("/zoeken/regio/"));
    console.log(`narrowed first query: ${narrowed.length} requests, ${(narrowed.reduce((total, t) => total + t.bytes, 0) / 1024).toFixed(1)} KB`);
    // All sites: every region's index is looked for (33 answer 404), the two published ones merged, and Twente's page
    // is found.
    await page.selectOption("#zoekregio", "");
    await page.locator("#zoekresultaten li").first().waitFor({ timeout: 15_000 });
    expect(await page.locator("#zoekresultaten li .wc-search-result__site").textContent()).toBe("Werkcentrum Twente");
    expect(regions().size).toBe(allRegions.length);
    await page.close();
  }, 60_000);

  it("also finds the national pages, labelled as werkcentrum.nl", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zoeken/?q=loketten`);
    const results = page.locator("#zoekresultaten li");
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/het-werkcentrum/");
    const labels = await results.locator(".wc-search-result__site").allTextContents();
    expect(labels[hrefs.indexOf("/het-werkcentrum/")]).toBe("werkcentrum.nl (landelijk)");
    await page.close();
  }, 60_000);
});
